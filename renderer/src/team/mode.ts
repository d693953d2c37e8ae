// Whether the page is a team server's (the server says so in a meta tag). Its own small module: the page's entry
// (main.tsx) asks before the app's code has loaded.
export function isTeamMode(): boolean {
  return document.querySelector<HTMLMetaElement>('meta[name="handlingsrom-mode"]')?.content === 'team';
}
