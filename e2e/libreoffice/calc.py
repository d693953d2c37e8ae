#!/usr/bin/python3
"""LibreOffice Calc, headless, for the end-to-end tests: one start of soffice for a whole batch.

  calc.py recalc OUT.json FILE.xlsx...   load each workbook, force a full recalculation (LibreOffice keeps the
                                         cached results of an xlsx on load), write every sheet's cells to OUT.json:
                                         {file: {sheet: [[cell, ...], ...]}} with a cell {"v": number},
                                         {"s": text}, {"e": error code} or null.
  calc.py edit SPEC.json                 a colleague without the app: SPEC is {"file", "out", "edits": [{"sheet",
                                         "cell": "E12", "value": number | text}]}; the edited workbook is saved by
                                         LibreOffice as xlsx to "out".
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table.CellContentType import EMPTY, FORMULA, TEXT


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    def __enter__(self):
        self.profile = tempfile.mkdtemp(prefix='hr-lo-')
        with socket.socket() as s:
            s.bind(('127.0.0.1', 0))
            port = s.getsockname()[1]
        url = f'socket,host=127.0.0.1,port={port};urp;'
        self.proc = subprocess.Popen(
            ['soffice', '--headless', '--invisible', '--nologo', '--norestore', '--nodefault', '--nolockcheck',
             f'-env:UserInstallation={uno.systemPathToFileUrl(self.profile)}', f'--accept={url}'],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        deadline = time.time() + 90
        while True:
            try:
                ctx = resolver.resolve(f'uno:{url}StarOffice.ComponentContext')
                break
            except Exception:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise RuntimeError('LibreOffice did not start')
                time.sleep(0.3)
        self.desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        return self

    def load(self, path):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, (prop('Hidden', True),))

    def __exit__(self, *exc):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def cells(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    rows = []
    for r in range(end.EndRow + 1):
        row = []
        for c in range(end.EndColumn + 1):
            cell = sheet.getCellByPosition(c, r)
            kind = cell.getType()
            if kind == EMPTY:
                row.append(None)
            elif cell.getError() != 0:
                row.append({'e': cell.getError()})
            elif kind == TEXT or (kind == FORMULA and cell.FormulaResultType2 == TEXT):
                row.append({'s': cell.getString()})
            else:
                row.append({'v': cell.getValue()})
        rows.append(row)
    return rows


def recalc(out, files):
    result = {}
    with Office() as office:
        for f in files:
            doc = office.load(f)
            doc.calculateAll()
            sheets = doc.getSheets()
            result[f] = {name: cells(sheets.getByName(name)) for name in sheets.getElementNames()}
            doc.close(True)
    with open(out, 'w', encoding='utf-8') as fh:
        json.dump(result, fh)


def edit(spec_path):
    with open(spec_path, encoding='utf-8') as fh:
        spec = json.load(fh)
    with Office() as office:
        doc = office.load(spec['file'])
        sheets = doc.getSheets()
        for e in spec['edits']:
            cell = sheets.getByName(e['sheet']).getCellRangeByName(e['cell'])
            if isinstance(e['value'], str):
                cell.setString(e['value'])
            else:
                cell.setValue(e['value'])
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(spec['out'])), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
        doc.close(True)


if __name__ == '__main__':
    if sys.argv[1] == 'recalc':
        recalc(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == 'edit':
        edit(sys.argv[2])
    else:
        sys.exit(__doc__)
