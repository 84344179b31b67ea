package ducha.inspections;

import ducha.core.Labelled;

/** Where the inspection was done: on site, or 云督察 through the case-management platform, video surveillance or a trial live-stream. */
public enum InspectionSource implements Labelled {
	ON_SITE("现场"), CASE_PLATFORM("案件管理平台"), VIDEO("视频监控"), TRIAL_LIVESTREAM("庭审直播");

	private final String label;

	InspectionSource(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** True for 云督察: any source but on site. */
	public boolean cloud() {
		return this != ON_SITE;
	}

	/** Accepts the Chinese label or the constant name (case-insensitive); null when neither matches. */
	public static InspectionSource parse(String text) {
		return Labelled.parse(InspectionSource.class, text);
	}
}
