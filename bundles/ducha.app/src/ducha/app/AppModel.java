package ducha.app;

/**
 * Ids of the application model that {@code ducha.app} owns and other plugins extend with model fragments
 * ({@code org.eclipse.e4.workbench.model} extension, {@code fragment.e4xmi}).
 * <p>
 * A plugin adds a view by contributing a part descriptor to {@link #APPLICATION_ID} (feature
 * {@code descriptors}) tagged {@link #VIEW_TAG}, one {@link #CATEGORY_TAG_PREFIX} tag naming its group in the
 * navigator and optionally an {@link #ORDER_TAG_PREFIX} tag; the navigator lists it and opens it in
 * {@link #MAIN_PART_STACK_ID}. The logged-in {@link ducha.core.security.Principal} is in the application's
 * {@code IEclipseContext}: parts and handlers inject it.
 */
public final class AppModel {

	/** The application element: parent of part descriptors. */
	public static final String APPLICATION_ID = "ducha.app.application";

	/** Data key under which the platform's dialogs name their controls, for UI tests. */
	public static final String WIDGET_KEY = "ducha.app.widget";

	/** The one main window. */
	public static final String MAIN_WINDOW_ID = "ducha.app.window.main";

	/** The binding context of the main window's key bindings (Ctrl+F, Ctrl+W, F5), active in that window. */
	public static final String WINDOW_BINDING_CONTEXT = "org.eclipse.ui.contexts.window";

	/** The part stack where views open. */
	public static final String MAIN_PART_STACK_ID = "ducha.app.partstack.main";

	/** The navigator part on the left. */
	public static final String NAVIGATOR_PART_ID = "ducha.app.part.navigator";

	/** Tag of a part descriptor that the navigator lists. */
	public static final String VIEW_TAG = "ducha.view";

	/**
	 * Prefix of the tag naming the navigator group of a view, e.g. {@code ducha.category:案件监督}. A name that starts
	 * with {@code %} is a key of the contributing bundle's {@code Bundle-Localization}.
	 */
	public static final String CATEGORY_TAG_PREFIX = "ducha.category:";

	/** Prefix of the optional tag giving a view's position in the navigator, e.g. {@code ducha.order:30}. */
	public static final String ORDER_TAG_PREFIX = "ducha.order:";

	/**
	 * Prefix of the tag naming a permission a view needs, e.g. {@code ducha.permission:cases.read}: the navigator
	 * lists the view, and a tile or reminder opens it, only for an account holding one of the permissions its tags
	 * name (a view without such a tag is everyone's, e.g. one that shows each user their own records). The ids are
	 * those the plugin's {@link ducha.core.security.PermissionProvider} declares.
	 */
	public static final String PERMISSION_TAG_PREFIX = "ducha.permission:";

	/** The platform's home dashboard. */
	public static final String HOME_PART_ID = "ducha.app.part.home";

	/** 帮助 → 用户指南: the user guide (not a navigator view; opened from the menu or with F1). */
	public static final String GUIDE_PART_ID = "ducha.app.part.guide";

	/**
	 * The platform's notifications area (提醒): the reminders of every {@link ducha.core.spi.ReminderSource}. A
	 * reminder's {@link ducha.core.spi.Reminder#target() target} names the view a double-click opens.
	 */
	public static final String REMINDERS_PART_ID = "ducha.app.part.reminders";

	/** The platform's staff directory (干警名册). */
	public static final String STAFF_PART_ID = "ducha.app.part.staff";

	/** The platform's department list (部门). */
	public static final String DEPARTMENTS_PART_ID = "ducha.app.part.departments";

	private AppModel() {
	}
}
