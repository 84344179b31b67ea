package ducha.cases;

import ducha.core.ValidationException;

/** A text that is not a case number; the message says what is wrong with it, in Chinese. */
public class MalformedCaseNumberException extends ValidationException {

	private static final long serialVersionUID = 1L;

	private final String reason;

	public MalformedCaseNumberException(String text, String reason) {
		super("案号“" + (text == null ? "" : text.strip()) + "”无效：" + reason);
		this.reason = reason;
	}

	/** What is wrong, without the case number. */
	public String reason() {
		return reason;
	}
}
