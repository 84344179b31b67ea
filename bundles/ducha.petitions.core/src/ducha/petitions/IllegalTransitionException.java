package ducha.petitions;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.petitions.internal.Messages;

/** A workflow step that the petition's state does not allow (e.g. concluding before verification started). */
public class IllegalTransitionException extends ValidationException {

	private static final long serialVersionUID = 1L;

	private final PetitionState from;
	private final PetitionState to;

	public IllegalTransitionException(String number, PetitionState from, PetitionState to) {
		super(NLS.bind(Messages.illegalTransition, new Object[] { number, from.label(), to.label() }));
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
