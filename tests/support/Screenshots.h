#pragma once

#include <QDir>
#include <QImage>
#include <QSet>
#include <QString>
#include <QWidget>

namespace pwb::test {

// Saves `widget` as PWB_SCREENSHOT_DIR/NAME.png and returns the image, so that a test can both
// leave a picture to look at and assert that it is not blank.
inline QImage saveScreenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    QDir().mkpath(QStringLiteral(PWB_SCREENSHOT_DIR));
    image.save(QStringLiteral(PWB_SCREENSHOT_DIR "/") + name + QStringLiteral(".png"));
    return image;
}

// Number of distinct colours in `image`, sampled on a grid: a blank or single-colour widget
// has one or two, a rendered window with text has dozens.
inline int distinctColours(const QImage &image, int step = 3)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

// Pixels of `image` whose lightness differs from `background` by more than `threshold`:
// the ink of rendered text.
inline int inkPixels(const QImage &image, const QColor &background, int threshold = 80)
{
    int count = 0;
    const int base = background.lightness();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (std::abs(QColor(image.pixel(x, y)).lightness() - base) > threshold) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace pwb::test
