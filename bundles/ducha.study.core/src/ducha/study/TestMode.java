package ducha.study;

import ducha.core.Labelled;

/** How a court holds a test (考试方式). */
public enum TestMode implements Labelled {
	/** On paper; the office imports the scores (成绩导入). */
	PAPER("纸质考试"),
	/** At the staff's own desktop in the workbench (我的检测), with a timer. */
	WORKBENCH("机考");

	private final String label;

	TestMode(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public static TestMode parse(String text) {
		return Labelled.parse(TestMode.class, text);
	}
}
