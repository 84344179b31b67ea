package ducha.petitions;

import java.util.EnumSet;
import java.util.Set;

import ducha.core.Labelled;

/**
 * Where a petition stands: registered → assigned → verifying → concluded → disposed → closed. A handler transfer
 * keeps the state; nothing ever goes back.
 */
public enum PetitionState implements Labelled {
	REGISTERED("已登记"), ASSIGNED("已分派"), VERIFYING("核查中"), CONCLUDED("已认定"), DISPOSED("已处置"), CLOSED("已结案");

	private final String label;

	PetitionState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** The states this one may move to. */
	public Set<PetitionState> next() {
		return switch (this) {
		case REGISTERED -> EnumSet.of(ASSIGNED);
		case ASSIGNED -> EnumSet.of(VERIFYING);
		case VERIFYING -> EnumSet.of(CONCLUDED);
		case CONCLUDED -> EnumSet.of(DISPOSED);
		case DISPOSED -> EnumSet.of(CLOSED);
		case CLOSED -> EnumSet.noneOf(PetitionState.class);
		};
	}

	public boolean canMoveTo(PetitionState target) {
		return next().contains(target);
	}

	/** True from the conclusion on: the reported staff may then learn the conclusion. */
	public boolean concluded() {
		return compareTo(CONCLUDED) >= 0;
	}

	/** True while the office still has to act (before the disposal). */
	public boolean open() {
		return compareTo(DISPOSED) < 0;
	}

	public static PetitionState parse(String text) {
		return Labelled.parse(PetitionState.class, text);
	}
}
