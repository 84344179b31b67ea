package ducha.integrity.internal.archive;

import java.util.Locale;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

import ducha.core.spi.ArchiveContributor;

/**
 * The Chinese name users know a contributing plugin by. The SPI only carries the plugin id, so the known plugins
 * are named here; any other contributor is named after its bundle's localized Bundle-Name (without the product
 * prefix and the description after the colon).
 */
final class SourceNames {

	private static final Map<String, String> KNOWN = Map.of("integrity", "廉政档案", "cases", "审判监督", "petitions",
			"信访举报");

	private SourceNames() {
	}

	static String of(ArchiveContributor contributor) {
		String known = KNOWN.get(contributor.source());
		if (known != null) {
			return known;
		}
		Bundle bundle = FrameworkUtil.getBundle(contributor.getClass());
		String name = bundle == null ? null
				: bundle.getHeaders(Locale.SIMPLIFIED_CHINESE.toString()).get(Constants.BUNDLE_NAME);
		return name == null || name.isBlank() || name.startsWith("%") ? contributor.source() : shorten(name);
	}

	/** 督察 信访举报（核心） → 信访举报; Ducha 报表与公文：工作总结 → 报表与公文. */
	static String shorten(String bundleName) {
		String name = bundleName.strip();
		for (String prefix : new String[] { "督察", "Ducha" }) {
			if (name.startsWith(prefix) && name.length() > prefix.length()) {
				name = name.substring(prefix.length()).strip();
			}
		}
		for (char end : new char[] { '：', '（', ':', '(' }) {
			int at = name.indexOf(end);
			if (at > 0) {
				name = name.substring(0, at);
			}
		}
		return name.strip();
	}
}
