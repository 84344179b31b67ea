package ducha.core.documents;

/** The formats an official document can be written in. */
public enum DocumentFormat {
	DOCX, PDF
}
