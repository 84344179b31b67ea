package ducha.integrity;

import ducha.core.Labelled;

/**
 * The three levels of talks (三级约谈), lowest first. A talk that did not settle the matter is escalated to the
 * next level; {@link #next()} is null for the Party group's accountability talk, the highest level.
 */
public enum TalkLevel implements Labelled {
	DEPARTMENT_HEAD_REMINDER("部门负责人提醒谈"), LEADER_FOCUSED("分管领导重点谈"), PARTY_GROUP_ACCOUNTABILITY("院党组问责谈");

	private final String label;

	TalkLevel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** The level a talk is escalated to, or null at the highest level. */
	public TalkLevel next() {
		return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
	}

	/** Accepts the Chinese label, its short form (提醒谈, 重点谈, 问责谈) or the constant name; null otherwise. */
	public static TalkLevel parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (TalkLevel level : values()) {
			if (level.label.equals(t) || level.label.endsWith(t) && t.length() == 3 || level.name().equalsIgnoreCase(t)) {
				return level;
			}
		}
		return null;
	}
}
