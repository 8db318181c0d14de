#pragma once

#include <QString>

// A package folder that a one-file setup's launcher wrote (app/setup_launcher_main.cpp): the
// package's own files (manifest, licenses) without the payload, whose files stream from the setup
// file into the install transaction (core/setup_file.h, PayloadStream).
//
// When setup runs from a setup file (core/setup_file.h, inherited()), prepareSetupFilePackage()
// writes the few payload files that setup reads itself (the package's images, the desktop icons,
// the installer and the files of a component with its own secondary installer), each checked
// against the signed index, and keeps the index's size, mode and SHA-256 of every payload file:
// the manifest reader takes a payload file from there (it is not on disk), and so does the
// product's record. Returns an error text (the file is damaged: exit 1620), else empty; does
// nothing when setup does not run from a setup file.
QString prepareSetupFilePackage(const QString& packageDir);

// A payload file of the setup file setup runs from, by its absolute path in the package folder
// (as the manifest reader makes it); nullptr when setup does not run from a setup file or the
// index lists no such file.
struct SetupFilePayload {
    qint64 size = 0;
    uint mode = 0644;
    QString sha256; // hex
};
const SetupFilePayload* setupFilePayload(const QString& path);

// The inherited descriptor of the setup file setup runs from (close-on-exec in setup; the
// secondary installers get it), or -1.
int setupFileDescriptor();
