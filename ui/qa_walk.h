#pragma once

// The QA walk (`restartmanager-setup --qa-walk DIR`): walks every page that an install of a
// package reaches, in one language or all of them, as a QA team would click through it, and
// writes for each page, in order:
//   DIR/<lang>/<NN>-<page>.png   a screenshot of the window;
//   DIR/<lang>/<NN>-<page>.json  {"page", "language", "layoutDirection", "widgets": [{
//                                 "objectName", "class", "accessibleName", "text", "visible",
//                                 "clipped"}]}: every visible widget that shows text or takes
//                                 input. "clipped" is true when its text does not fit (smaller
//                                 than its size hint, or elided); a label whose words wrap is
//                                 not clipped.
// It installs into a temporary folder, with a session store of its own, and answers every
// question with its default (the license is accepted). When the package names its application
// ("application" in the manifest), the walk first puts the package's files into that folder as
// an earlier installation and starts the application from there, so that the files-in-use page
// and the still-running dialog are walked too; whatever it started, and what setup restarted,
// is ended afterwards.

#include <QString>
#include <QStringList>

struct QaWalkOptions {
    QString outputDir;
    QStringList languages;           // codes of Translations::available()
    QString package;                 // the package folder, or ":/demo-package"
    QString stockSecondaryInstaller; // rm-secondary-installer
};

class QWidget;

// Whether the walk reports `widget` as clipped: its text does not fit (smaller than its size hint,
// or elided); a label whose words wrap fits when its height holds the wrapped lines.
bool qaWalkIsClipped(const QWidget& widget);

// 0 when every page of every language was walked and written; 1 when a page did not come, did
// not render, or could not be written (the reason goes to the log and stderr).
int runQaWalk(const QaWalkOptions& options);
