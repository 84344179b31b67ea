package ducha.app.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.BundleStartLevel;

import ducha.app.AppModel;
import ducha.app.ui.Rights;

/**
 * Reads the views that installed plugins contribute: part descriptors tagged {@link AppModel#VIEW_TAG}, grouped
 * by their {@link AppModel#CATEGORY_TAG_PREFIX} tag and ordered by {@link AppModel#ORDER_TAG_PREFIX}, those the
 * logged-in account may use ({@link AppModel#PERMISSION_TAG_PREFIX}). A view
 * whose bundle was stopped although it is set to start is left out: its plugin was switched off
 * ({@code PluginSwitchService}), although the model fragment it contributed at start is still in the model.
 */
final class ViewCatalog {

	private static final int DEFAULT_ORDER = 1000;
	private static final String PLUGIN_URI_PREFIX = "platform:/plugin/";

	private ViewCatalog() {
	}

	static List<ViewCategory> read(MApplication application, TranslationService translations, Rights rights,
			String otherCategory) {
		Map<String, List<ViewEntry>> byCategory = new LinkedHashMap<>();
		for (MPartDescriptor descriptor : application.getDescriptors()) {
			if (!descriptor.getTags().contains(AppModel.VIEW_TAG) || !contributorRuns(descriptor)
					|| !permitted(descriptor, rights)) {
				continue;
			}
			String category = tagValue(descriptor, AppModel.CATEGORY_TAG_PREFIX);
			category = category == null ? otherCategory : translate(category, descriptor, translations);
			String label = descriptor.getLocalizedLabel();
			ViewEntry entry = new ViewEntry(descriptor.getElementId(),
					label == null || label.isBlank() ? descriptor.getElementId() : label, category,
					order(descriptor));
			byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(entry);
		}
		return byCategory.entrySet().stream()
				.map(e -> new ViewCategory(e.getKey(),
						e.getValue().stream().sorted(Comparator.comparingInt(ViewEntry::order)
								.thenComparing(ViewEntry::label)).toList()))
				.sorted(Comparator.comparingInt(ViewCategory::order).thenComparing(ViewCategory::name))
				.toList();
	}

	/**
	 * False when the bundle that contributed the descriptor is set to start but is stopped: what the plugin switch
	 * does to a plugin that is off. Bundles that merely wait for their first class load count as running.
	 */
	static boolean contributorRuns(MPartDescriptor descriptor) {
		String uri = descriptor.getContributorURI();
		Bundle self = FrameworkUtil.getBundle(ViewCatalog.class);
		if (uri == null || !uri.startsWith(PLUGIN_URI_PREFIX) || self == null) {
			return true;
		}
		String symbolicName = uri.substring(PLUGIN_URI_PREFIX.length());
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
				return bundle.getState() != Bundle.RESOLVED || level == null || !level.isPersistentlyStarted();
			}
		}
		return false;
	}

	/** True when the account holds one of the permissions the view's tags name, or the view names none. */
	static boolean permitted(MPartDescriptor descriptor, Rights rights) {
		return rights.may(descriptor.getTags().stream().filter(t -> t.startsWith(AppModel.PERMISSION_TAG_PREFIX))
				.map(t -> t.substring(AppModel.PERMISSION_TAG_PREFIX.length()).strip()).toArray(String[]::new));
	}

	private static String tagValue(MPartDescriptor descriptor, String prefix) {
		return descriptor.getTags().stream().filter(t -> t.startsWith(prefix))
				.map(t -> t.substring(prefix.length()).strip()).findFirst().orElse(null);
	}

	private static int order(MPartDescriptor descriptor) {
		String value = tagValue(descriptor, AppModel.ORDER_TAG_PREFIX);
		if (value == null) {
			return DEFAULT_ORDER;
		}
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			return DEFAULT_ORDER;
		}
	}

	private static String translate(String name, MPartDescriptor descriptor, TranslationService translations) {
		if (!name.startsWith("%") || translations == null || descriptor.getContributorURI() == null) {
			return name;
		}
		// the translation service expects the key with its % prefix
		return translations.translate(name, descriptor.getContributorURI());
	}
}
