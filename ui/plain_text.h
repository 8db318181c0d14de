#pragma once

#include <QWidget>

// Untrusted text (manifest fields, process and component names, messages that quote them) must
// be shown as it is. A QLabel or QMessageBox left at Qt::AutoText renders anything that looks
// like HTML, so a product named "<img src=...>" would load files or forge the page.
//
// Sets Qt::PlainText on `root` (when it is a label) and on every QLabel below it. Call it after
// the widgets are made; labels made later need it again.
void showAsPlainText(QWidget* root);
