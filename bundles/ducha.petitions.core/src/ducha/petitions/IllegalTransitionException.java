package ducha.petitions;

import ducha.core.ValidationException;

/** A workflow step that the petition's state does not allow (e.g. concluding before verification started). */
public class IllegalTransitionException extends ValidationException {

	private static final long serialVersionUID = 1L;

	private final PetitionState from;
	private final PetitionState to;

	public IllegalTransitionException(String number, PetitionState from, PetitionState to) {
		super("信访件 " + number + " 当前状态为“" + from.label() + "”，不能转为“" + to.label() + "”");
		this.from = from;
		this.to = to;
	}

	public PetitionState from() {
		return from;
	}

	public PetitionState to() {
		return to;
	}
}
