package ducha.study.internal.tests;

import org.eclipse.osgi.util.NLS;

import ducha.core.DataFolder;
import ducha.core.ValidationException;
import ducha.study.MakeupRule;

/**
 * The office's make-up rule, {@code study.makeup-rule} in {@code ducha.properties}: read when a test is created
 * (so a change applies to the tests created afterwards, never to a test already held).
 */
final class MakeupSetting {

	private MakeupSetting() {
	}

	static MakeupRule read() {
		String configured = DataFolder.readSettings(DataFolder.configFile()).getProperty(MakeupRule.SETTING);
		if (configured == null || configured.isBlank()) {
			return MakeupRule.DEFAULT;
		}
		MakeupRule rule = MakeupRule.parse(configured);
		if (rule == null) {
			throw new ValidationException(NLS.bind(Messages.settingInvalid, MakeupRule.SETTING, configured));
		}
		return rule;
	}
}
