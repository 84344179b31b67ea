package ducha.reports.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import ducha.core.documents.DocumentFormat;
import ducha.core.documents.DocumentService;
import ducha.core.documents.OfficialDocument;
import ducha.reports.internal.layout.DocxRenderer;
import ducha.reports.internal.layout.OfficialLayout;
import ducha.reports.internal.layout.PdfRenderer;

/** Official documents in the same layout and with the same renderers as the work summary. */
@Component
public class DefaultDocumentService implements DocumentService {

	@Override
	public void write(OfficialDocument document, DocumentFormat format, OutputStream out) throws IOException {
		switch (format) {
		case DOCX -> DocxRenderer.render(document.title(), OfficialLayout.of(document), out);
		case PDF -> PdfRenderer.render(document.title(), OfficialLayout.of(document), out);
		}
	}
}
