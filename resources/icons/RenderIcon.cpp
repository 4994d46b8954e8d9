// SPDX-License-Identifier: MIT
// knead_render_icon SVG SIZE OUTPUT...: renders the app's icon to a square picture at build
// time (resources/CMakeLists.txt), once, and writes it to each OUTPUT. OUTPUT.png is a PNG file, for the hicolor icon
// theme. OUTPUT.argb32 is the bare pixels, premultiplied 32-bit ARGB in the build machine's byte order, row after row,
// which the window and the tray take compiled in (src/desktop/AppIcon.cpp): ready to show, where decoding the PNGs cost
// as much of each start as drawing the SVG did.
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: knead_render_icon SVG SIZE OUTPUT.png|OUTPUT.argb32...\n");
        return 2;
    }
    bool isNumber = false;
    const int size = QByteArray(argv[2]).toInt(&isNumber);
    if (!isNumber || size < 1 || size > 1024) {
        std::fprintf(stderr, "knead_render_icon: %s is not a size from 1 to 1024\n", argv[2]);
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "knead_render_icon: %s: not an SVG image Qt can draw\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    for (int i = 3; i < argc; ++i) {
        const QString output = QString::fromLocal8Bit(argv[i]);
        bool written = false;
        if (output.endsWith(QLatin1String(".argb32"))) {
            QFile file(output);
            const auto bytes = static_cast<qint64>(image.sizeInBytes());
            written = file.open(QIODevice::WriteOnly)
                && file.write(reinterpret_cast<const char*>(image.constBits()), bytes) == bytes;
        } else {
            written = image.save(output, "PNG");
        }
        if (!written) {
            std::fprintf(stderr, "knead_render_icon: could not write %s\n", argv[i]);
            return 1;
        }
    }
    return 0;
}
