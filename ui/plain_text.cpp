#include "ui/plain_text.h"

#include <QLabel>

void showAsPlainText(QWidget* root) {
    if (auto* label = qobject_cast<QLabel*>(root)) {
        label->setTextFormat(Qt::PlainText);
    }
    for (auto* label : root->findChildren<QLabel*>()) {
        label->setTextFormat(Qt::PlainText);
    }
}
