package ducha.core.documents;

import java.io.IOException;
import java.io.OutputStream;

/**
 * OSGi service: writes official documents in the one layout every plugin shares (title, number, body, issuing
 * office and date), as DOCX or as PDF with the Chinese font embedded.
 */
public interface DocumentService {

	/** Writes the document; the stream stays open. */
	void write(OfficialDocument document, DocumentFormat format, OutputStream out) throws IOException;
}
