package ducha.core.documents;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats an official document can be written in. */
public enum DocumentFormat {
	DOCX, PDF;

	/** The format a file name's extension names (.docx or .pdf, any case); empty for any other. */
	public static Optional<DocumentFormat> of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".pdf") ? Optional.of(PDF) : name.endsWith(".docx") ? Optional.of(DOCX) : Optional.empty();
	}
}
