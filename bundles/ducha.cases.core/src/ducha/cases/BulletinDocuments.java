package ducha.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.Principal;

/**
 * OSGi service: case bulletins (案件通报) as official documents. A bulletin is composed from its stored record and
 * findings: the title 关于……的案件通报, the number 2024年第N期, and one paragraph per finding naming the case number,
 * the kind of problem, the responsible staff member and department, and the rectification required. Writing goes
 * through the platform's {@link ducha.core.documents.DocumentService} (DOCX or PDF with the embedded Chinese font).
 */
public interface BulletinDocuments {

	/** Office that issues case bulletins, as printed under the body. */
	String OFFICE = "政治部（督察室）";

	/**
	 * The bulletin as a document. Needs {@link CasePermissions#READ} and a reader who may see every department the
	 * bulletin names: a bulletin is never composed with findings left out.
	 *
	 * @throws ducha.core.NotFoundException             for an unknown bulletin
	 * @throws ducha.core.security.AccessDeniedException when a finding lies outside the reader's departments
	 */
	OfficialDocument compose(long bulletinId, Principal reader);

	/** Whether the platform's document service is installed and running (otherwise {@link #write} refuses). */
	boolean canWrite();

	/**
	 * Writes the composed bulletin; the stream stays open.
	 *
	 * @throws ducha.core.DuchaException when the platform's document service is not available
	 */
	void write(long bulletinId, DocumentFormat format, OutputStream out, Principal reader) throws IOException;

	/** Writes the composed bulletin to a file (the folder must exist), replacing it. */
	void write(long bulletinId, DocumentFormat format, Path file, Principal reader);
}
