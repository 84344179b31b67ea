package ducha.petitions;

import ducha.core.Labelled;

/** What the office did after the conclusion (处置). */
public enum Disposition implements Labelled {
	TRANSFER_TO_DISCIPLINE("移送纪检监察"), REMINDER_TALK("谈话提醒"), CRITICISM("批评教育"), WRITTEN_SELF_EXAMINATION("责令书面检查"),
	ORDERED_TO_RESIGN("责令辞职"), NO_ACTION("不予处理"), OTHER("其他");

	private final String label;

	Disposition(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public static Disposition parse(String text) {
		return Labelled.parse(Disposition.class, text);
	}
}
