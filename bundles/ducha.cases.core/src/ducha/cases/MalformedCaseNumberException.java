package ducha.cases;

import org.eclipse.osgi.util.NLS;

import ducha.cases.internal.Messages;
import ducha.core.ValidationException;

/** A text that is not a case number; the message says what is wrong with it (in the cores' language). */
public class MalformedCaseNumberException extends ValidationException {

	private static final long serialVersionUID = 1L;

	private final String reason;

	public MalformedCaseNumberException(String text, String reason) {
		super(NLS.bind(Messages.invalidCaseNo, text == null ? "" : text.strip(), reason));
		this.reason = reason;
	}

	/** What is wrong, without the case number. */
	public String reason() {
		return reason;
	}
}
