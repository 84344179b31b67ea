package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import ducha.core.Language;

/**
 * The platform's message bundles: every English text (messages.properties) has its Chinese one
 * (messages_zh_CN.properties, the default language) with the same placeholders, and back, so that neither language
 * meets a missing text; and the texts are Chinese unless English is chosen.
 */
class MessageBundlesTest {

	private static final Set<String> PLATFORM = Set.of("ducha.core", "ducha.persistence", "ducha.reports.core");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	@Test
	void everyTextHasBothLanguagesWithTheSamePlaceholders() throws IOException {
		List<String> checked = new ArrayList<>();
		for (Bundle bundle : Osgi.context().getBundles()) {
			if (!PLATFORM.contains(bundle.getSymbolicName())) {
				continue;
			}
			for (URL english : Collections.list(bundle.findEntries("/", "messages.properties", true))) {
				String path = english.getPath();
				URL chinese = bundle.getEntry(path.replace("messages.properties", "messages_zh_CN.properties"));
				assertNotNull(chinese, bundle.getSymbolicName() + path + " has no Chinese messages");
				Properties en = load(english);
				Properties zh = load(chinese);
				assertEquals(en.stringPropertyNames(), zh.stringPropertyNames(),
						bundle.getSymbolicName() + path + ": the languages have different keys");
				for (String key : en.stringPropertyNames()) {
					assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)),
							bundle.getSymbolicName() + path + " " + key + ": the languages use different placeholders");
				}
				checked.add(bundle.getSymbolicName() + path);
			}
		}
		assertTrue(checked.size() >= 8, "the platform's message bundles were not found: " + checked);
	}

	@Test
	void textsAreChineseUnlessEnglishIsChosen() {
		assertFalse(System.getProperty(Language.PROPERTY, "").startsWith("en"), "the test runtime chose English");
		assertEquals("zh", Language.locale().getLanguage());
		assertEquals("第 1234 行", Language.format("第 {0} 行", 1234), "numbers keep their digits ungrouped");
		assertEquals("'x' 无效", Language.format("''{0}'' 无效", "x"));
	}

	private static Properties load(URL url) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}
}
