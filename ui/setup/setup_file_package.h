#pragma once

#include <QString>

// A package folder that a one-file setup's launcher wrote (app/setup_launcher_main.cpp): the
// package's own files, and a sparse placeholder for each payload file, whose content streams
// from the setup file into the install transaction (core/setup_file.h, PayloadStream).
//
// When setup runs from a setup file (core/setup_file.h, inherited()), this fills in the payload
// files that setup reads itself (the package's images, the desktop icons, the installer and the
// files of a component with its own secondary installer), each checked against the signed
// index, and hands the install engine the index's SHA-256 of every payload file for the
// product's record. Returns an error text (the file is damaged: exit 1620), else empty; does
// nothing when setup does not run from a setup file.
QString prepareSetupFilePackage(const QString& packageDir);
