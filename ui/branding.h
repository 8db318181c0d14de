#pragma once

// The package's images as the wizard shows them: the product icon (window icon, welcome and
// finish pages), the side image (welcome and finish pages, QWizard's watermark) and the header
// image (the other pages' header, QWizard's logo). SVG is rendered for the screen's device pixel
// ratio; of a PNG with an "@2x" variant, that one is used when the ratio is above 1. A package
// that gives none gets setup's own images (resources/branding/, built in).

#include <QIcon>
#include <QPixmap>
#include <QSize>

struct Package;

namespace branding {

enum class Image { Icon, Side, Header };

// The logical sizes the wizard shows them at.
inline constexpr QSize kIconSize{48, 48};
inline constexpr QSize kSideSize{164, 314};
inline constexpr QSize kHeaderSize{48, 48};

// `which` of the package (or setup's own) rendered for `logicalSize` at `devicePixelRatio`: a
// pixmap of logicalSize × devicePixelRatio pixels whose devicePixelRatio() is that ratio. The
// side image fills the size (cut at the edges if its proportions differ); the icon and the
// header image fit inside it, centred.
QPixmap render(const Package& package, Image which, QSize logicalSize, qreal devicePixelRatio);

// The window icon: the package's icon at the usual sizes.
QIcon windowIcon(const Package& package);

} // namespace branding
