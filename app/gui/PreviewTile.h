#pragma once

#include <QImage>
#include <QWidget>

namespace adphoto::gui {

/// One live preview of the photo at the size a client shows it (96 square for Outlook's contact
/// card, 48 and 32 round for Windows and Teams lists), with a caption. GUI thread only.
class PreviewTile final : public QWidget
{
    Q_OBJECT
public:
    PreviewTile(int edge, bool round, const QString& caption, QWidget* parent = nullptr);

    void setImage(const QImage& image);
    [[nodiscard]] QImage image() const { return m_image; }
    [[nodiscard]] int edge() const { return m_edge; }
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_edge;
    bool m_round;
    QString m_caption;
    QImage m_image;
};

} // namespace adphoto::gui
