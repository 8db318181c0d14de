#pragma once

#include <QStringList>

// Starts again what earlier setups that died (crashed, killed) between closing the applications
// and starting them again left closed, and lets their sessions go: rm::recoverStaleSessions(),
// which RmStartSession also runs, but done when setup starts, so that the user gets the
// applications back at once and is told so. Logs what it did. Returns the names of the
// applications (and services) it started again; empty when there was nothing to do or the store
// could not be read (logged).
QStringList recoverEarlierSetups();
