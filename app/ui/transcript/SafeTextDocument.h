#pragma once

#include <QTextDocument>

// A text document that never loads a resource. QTextDocument on its own reads any file an
// image names (`![x](/dev/zero)` reads a device until memory runs out, a FIFO blocks forever);
// the transcript renders text from models, so nothing that text names is ever fetched or read.
class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};
