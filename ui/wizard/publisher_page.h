#pragma once

#include "ui/wizard/wizard_page.h"

class QCheckBox;
class QLabel;

// Shown first when the setup file's publisher could not be verified: the file is not signed, or
// its signer's key is not among the trusted keys (core/setup_file.h). Setup goes on only when
// the user ticks that they install it anyway.
class PublisherPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublisherPage)
public:
    // `keyId`: the signer's key ID, or "unsigned".
    explicit PublisherPage(QString keyId);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

private:
    void retranslate() override;
    QString m_keyId;
    QLabel* m_text;
    QCheckBox* m_agree;
};
