#include "ui/branding.h"

#include "core/log.h"
#include "ui/setup/package.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace branding {
namespace {

QString builtInFile(Image which) {
    switch (which) {
    case Image::Icon:
        return QStringLiteral(":/branding/default-icon.svg");
    case Image::Side:
        return QStringLiteral(":/branding/default-side.svg");
    case Image::Header:
        return QStringLiteral(":/branding/default-header.svg");
    }
    return {};
}

const PackageImage& imageOf(const Package& package, Image which) {
    switch (which) {
    case Image::Icon:
        return package.icon;
    case Image::Side:
        return package.sideImage;
    case Image::Header:
        return package.headerImage;
    }
    return package.icon;
}

// The rectangle of `content` in `target`: filling it (cut at the edges) or fitting inside it.
QRectF placed(QSizeF content, QSize target, bool fill) {
    if (content.isEmpty()) {
        return QRectF{QPointF{}, QSizeF{target}};
    }
    const QSizeF size =
        content.scaled(QSizeF{target}, fill ? Qt::KeepAspectRatioByExpanding : Qt::KeepAspectRatio);
    return QRectF{
        QPointF{(target.width() - size.width()) / 2, (target.height() - size.height()) / 2}, size};
}

// Renders SVG or PNG bytes into `pixels` (device pixels); a null image when they cannot be.
QImage draw(const QByteArray& data, bool svg, QSize pixels, bool fill) {
    QImage out{pixels, QImage::Format_ARGB32_Premultiplied};
    out.fill(Qt::transparent);
    if (svg) {
        QSvgRenderer renderer{data};
        if (!renderer.isValid()) {
            return {};
        }
        QPainter painter{&out};
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.setAspectRatioMode(Qt::IgnoreAspectRatio);
        renderer.render(&painter, placed(renderer.defaultSize(), pixels, fill));
        return out;
    }
    const QImage image = QImage::fromData(data, "PNG");
    if (image.isNull()) {
        return {};
    }
    QPainter painter{&out};
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF where = placed(QSizeF{image.size()}, pixels, fill);
    // One smooth scaling step, then drawn where it goes.
    painter.drawImage(where.topLeft(), image.scaled(where.size().toSize(), Qt::IgnoreAspectRatio,
                                                    Qt::SmoothTransformation));
    return out;
}

} // namespace

QPixmap render(const Package& package, Image which, QSize logicalSize, qreal devicePixelRatio) {
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    const QSize pixels{qMax(1, static_cast<int>(std::lround(logicalSize.width() * ratio))),
                       qMax(1, static_cast<int>(std::lround(logicalSize.height() * ratio)))};
    const bool fill = which == Image::Side;
    const PackageImage& image = imageOf(package, which);
    QImage drawn;
    if (!image.isEmpty()) {
        const bool use2x = ratio > 1.0 && !image.data2x.isEmpty();
        drawn = draw(use2x ? image.data2x : image.data, image.svg, pixels, fill);
        if (drawn.isNull()) {
            rm::log::core()->warn("the package's image {} cannot be shown: setup shows its own",
                                  image.file.toStdString());
        }
    }
    if (drawn.isNull()) {
        QFile file{builtInFile(which)};
        if (file.open(QIODevice::ReadOnly)) {
            drawn = draw(file.readAll(), true, pixels, fill);
        }
    }
    QPixmap pixmap = QPixmap::fromImage(drawn);
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

QIcon windowIcon(const Package& package) {
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addPixmap(render(package, Image::Icon, QSize{size, size}, 1.0));
    }
    return icon;
}

} // namespace branding
