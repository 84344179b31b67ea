package ducha.cases;

import java.util.List;

/** Where a case stands in the register (状态). */
public enum CaseStatus {
	PENDING("在审", List.of("未结", "审理中", "在办", "待审", "执行中")), SUSPENDED("中止", List.of("中止审理", "中止执行", "暂停")),
	CLOSED("已结", List.of("结案", "已结案", "归档", "已归档", "终结"));

	private final String label;
	private final List<String> aliases;

	CaseStatus(String label, List<String> aliases) {
		this.label = label;
		this.aliases = aliases;
	}

	public String label() {
		return label;
	}

	/** True for cases still to be finished: they can be long-pending. */
	public boolean isOpen() {
		return this != CLOSED;
	}

	/** Accepts the label, the words case-management systems export, or the constant name; null otherwise. */
	public static CaseStatus parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (CaseStatus s : values()) {
			if (s.label.equals(t) || s.aliases.contains(t) || s.name().equalsIgnoreCase(t)) {
				return s;
			}
		}
		return null;
	}

	/** The accepted words, for messages. */
	public static String accepted() {
		return "在审（未结）、中止、已结（结案）";
	}
}
