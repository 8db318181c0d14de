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

namespace {

constexpr char16_t kLeftToRightIsolate = 0x2066;
constexpr char16_t kFirstStrongIsolate = 0x2068;
constexpr char16_t kPopDirectionalIsolate = 0x2069;

} // namespace

QString leftToRight(const QString& text) {
    return QChar{kLeftToRightIsolate} + text + QChar{kPopDirectionalIsolate};
}

QString isolated(const QString& text) {
    return QChar{kFirstStrongIsolate} + text + QChar{kPopDirectionalIsolate};
}

QString withoutIsolates(QString text) {
    text.remove(QChar{kLeftToRightIsolate});
    text.remove(QChar{0x2067});
    text.remove(QChar{kFirstStrongIsolate});
    text.remove(QChar{kPopDirectionalIsolate});
    return text;
}
