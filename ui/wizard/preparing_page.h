#pragma once

#include "ui/wizard/wizard_page.h"

// Starts the run: the session, the secondary installers, the list of applications that use
// the files. Goes on by itself to the files-in-use question, to the installation (nothing in
// use), or to the last page (failed).
class PreparingPage final : public EngineProgressPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreparingPage)
public:
    explicit PreparingPage(SetupRun& run);
    void initializePage() override;
    [[nodiscard]] int nextId() const override;

private:
    [[nodiscard]] bool shows(SetupRun::State state) const override;
    void retranslate() override;
};
