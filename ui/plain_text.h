#pragma once

#include <QWidget>

// Untrusted text (manifest fields, process and component names, messages that quote them) must
// be shown as it is. A QLabel or QMessageBox left at Qt::AutoText renders anything that looks
// like HTML, so a product named "<img src=...>" would load files or forge the page.
//
// Sets Qt::PlainText on `root` (when it is a label) and on every QLabel below it. Call it after
// the widgets are made; labels made later need it again.
void showAsPlainText(QWidget* root);

// Text of another direction inside a sentence: in Arabic or Hebrew a path such as
// "/root/.local/opt" lost its leading slash to the right-to-left run around it, and
// "Demo Notes (24413)" came out as "(Demo Notes (24413". Unicode isolates (U+2066…U+2069) keep
// such a piece one run, laid out on its own.
//
// Paths, file names, version numbers, process IDs: always left to right (LRI … PDI).
QString leftToRight(const QString& text);
// Names of unknown direction (a product, an application, a user's words): their first strong
// character decides (FSI … PDI).
QString isolated(const QString& text);
// `text` with the isolate marks removed, for tests and logs.
QString withoutIsolates(QString text);
