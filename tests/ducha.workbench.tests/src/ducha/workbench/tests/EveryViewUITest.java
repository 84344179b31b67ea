package ducha.workbench.tests;

import static ducha.test.ui.UiTesting.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.app.ui.Refreshable;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.AuthorizationService;
import ducha.core.security.PermissionGrant;
import ducha.test.ui.Accounts;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/**
 * The workbench a clerk uses all day, with every plugin installed, as each demo role sees it: logged in as the demo
 * director (the pom's {@code -Dducha.login.user}, who may open every view), then, through 注销 / 切换用户 in the same
 * workbench, as {@code staff} and {@code depthead}. The director opens every view there is (every part descriptor the
 * application model and the plugins' model fragments tag {@link AppModel#VIEW_TAG}), the others every view their
 * navigator offers; each view loads without an exception reaching the log, no text of the window names a permission
 * by its id or shows an unresolved key, and a view that lists records is {@link Refreshable} (F5). With
 * {@code -Dducha.screenshots} each view is photographed at 1280×800, and at 1920×1080 too with
 * {@code -Dducha.everyview.wide=true} ({@code everyview-[account-]<view>-<size>}), for a person to look at; at
 * 1280×800 no table column is cut.
 */
class EveryViewUITest {

	/** The window sizes of the office's desktops: a small laptop and a full-HD screen. */
	private static final List<Point> SIZES = List.of(new Point(1280, 800), new Point(1920, 1080));

	/** How long one view may take to load (its background jobs), the first start's migrations aside. */
	private static final Duration LOADING = Duration.ofMinutes(1);
	private static final Duration QUIET_FOR = Duration.ofMillis(150);
	private static final Duration QUIET_AT_MOST = Duration.ofMillis(800);

	private static LogWatch log;

	private final Display display = Display.getCurrent();

	@BeforeAll
	static void listenToTheLog() {
		log = LogWatch.start();
	}

	@AfterAll
	static void stopListening() {
		log.stop();
	}

	@Test
	void everyViewOfEveryRoleOpensWithoutAnExceptionOrAPermissionIdAndItsColumnsFitTheWindow() throws Exception {
		assertEquals(DemoAccounts.DIRECTOR, MainWindow.principal().username(), "the pom logs in the demo director");
		Set<String> permissionIds = permissionIds();
		assertTrue(permissionIds.contains("petitions.read") && permissionIds.contains("cases.read"),
				"every plugin is installed: " + permissionIds);
		List<MPartDescriptor> all = views();
		assertTrue(all.size() >= 30, "every plugin's views: " + all.stream().map(MPartDescriptor::getElementId).toList());

		List<String> problems = new ArrayList<>();
		// the director opens every view there is; staff and depthead every view their navigator offers them (the
		// module's only workbench test: the last account stays logged in)
		lookAtEveryView(all, permissionIds, problems, "");
		for (String account : List.of(DemoAccounts.STAFF, DemoAccounts.DEPARTMENT_HEAD)) {
			Accounts.switchTo(display, account, DemoAccounts.PASSWORD);
			List<MPartDescriptor> offered = offeredViews();
			assertTrue(offered.size() >= 2 && offered.size() < all.size(),
					account + " is offered some views, not all: " + ids(offered));
			lookAtEveryView(offered, permissionIds, problems, account + " ");
		}
		waitForLoading();

		log.heard().forEach(entry -> problems.add("logged: " + entry));
		LogWatch.fileEntries().forEach(entry -> problems.add("in the log file: " + entry));
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	/**
	 * Opens each view as the account logged in, waits for it to load and looks at it: no text names a permission
	 * id or an unresolved key, no column is cut at 1280×800, and a view that lists records is {@link Refreshable}
	 * (F5; pressing it in every view cost a third more time, and ViewKeysUITest presses it). The problems found
	 * are added, prefixed with the account.
	 */
	private void lookAtEveryView(List<MPartDescriptor> views, Set<String> permissionIds, List<String> problems,
			String who) throws Exception {
		EPartService parts = MainWindow.parts(display);
		Shell shell = assertInstanceOf(Shell.class, MainWindow.window().getWidget(), "the main window's shell");
		String account = MainWindow.principal().username();
		for (MPartDescriptor view : views) {
			String id = view.getElementId();
			boolean wasOpen = parts.findPart(id) != null;
			MPart part = wasOpen ? parts.showPart(id, PartState.ACTIVATE)
					: UiTesting.openView(parts, MainWindow.models(), MainWindow.application(), id);
			Control widget = UiTesting.widget(part);
			waitForLoading();
			if (listsRecords(widget) && !(part.getObject() instanceof Refreshable)) {
				problems.add(who + id + " lists records but F5 does not read them again (not Refreshable)");
			}
			for (Point size : sizes()) {
				resize(shell, size);
				List<String> named = ScreenTexts.under(shell).stream()
						.filter(text -> namesAPermission(text, permissionIds)).toList();
				if (!named.isEmpty()) {
					problems.add(who + id + " shows a permission id: " + named);
				}
				if (size.x == SIZES.get(0).x) {
					List<String> cut = CutColumns.under(widget);
					if (!cut.isEmpty()) {
						problems.add(who + id + " at 1280×800 cuts: " + cut);
					}
				}
				String prefix = who.isEmpty() ? "everyview-" : "everyview-" + account + "-";
				screenshot(shell, prefix + shortName(id) + "-" + size.x + "x" + size.y);
			}
			if (!wasOpen) {
				parts.hidePart(part, true);
			}
		}
	}

	/** Whether the view shows a list of records: a table, a tree with columns or a NatTable. */
	private static boolean listsRecords(Control view) {
		return !UiTesting.findAll(view, Table.class).isEmpty() || !UiTesting.findAll(view, NatTable.class).isEmpty()
				|| UiTesting.findAll(view, Tree.class).stream().anyMatch(tree -> tree.getColumnCount() > 0);
	}

	/** The views the navigator lists for the account logged in, by their labels, in the navigator's order. */
	private List<MPartDescriptor> offeredViews() throws InterruptedException {
		Tree tree = UiTesting.find(UiTesting.widget(MainWindow.show(display, AppModel.NAVIGATOR_PART_ID)), Tree.class)
				.orElseThrow(() -> new AssertionError("the navigator has no tree"));
		UiTesting.waitUntil(display, "the navigator's views", () -> tree.getItemCount() > 0);
		List<MPartDescriptor> views = views();
		List<MPartDescriptor> offered = new ArrayList<>();
		for (TreeItem category : tree.getItems()) {
			for (TreeItem item : category.getItems()) {
				List<MPartDescriptor> labelled = views.stream()
						.filter(d -> item.getText().equals(d.getLocalizedLabel())).toList();
				assertEquals(1, labelled.size(), "one view is labelled " + item.getText() + ": " + ids(labelled));
				offered.add(labelled.get(0));
			}
		}
		return offered;
	}

	private static List<String> ids(List<MPartDescriptor> views) {
		return views.stream().map(MPartDescriptor::getElementId).toList();
	}

	@Test
	void aPermissionIdCountsAsAWordOfItsOwnOrAnUnresolvedKey() {
		Set<String> ids = Set.of("petitions.read", "cases.review");
		assertTrue(namesAPermission("label: 需要 petitions.read 权限", ids));
		assertTrue(namesAPermission("button: cases.review", ids));
		assertTrue(namesAPermission("tab: %part.home", ids));
		assertFalse(namesAPermission("label: 需要“查看信访举报”的权限", ids));
		assertFalse(namesAPermission("field: ducha.petitions.reader", ids));
		assertFalse(namesAPermission("label: 结案率 85%", ids));
	}

	@Test
	void theLogFileCountsErrorsAndExceptionsOfThisSessionOnly() {
		List<String> lines = List.of("!SESSION 2026-12-07 08:00:00.000 ---",
				"!ENTRY ducha.core 4 0 2026-12-07 08:00:01.000", "!MESSAGE an error before this session",
				"!ENTRY ducha.persistence 1 0 2026-12-07 09:00:01.000", "!MESSAGE Database: Derby embedded",
				"!ENTRY org.eclipse.e4.ui.workbench 2 0 2026-12-07 09:00:02.000", "!MESSAGE a warning with a stack",
				"!STACK 0", "java.lang.ArrayIndexOutOfBoundsException: Index 0 out of bounds for length 0",
				"\tat org.eclipse.swtchart.internal.axis.AxisTickLabels.update(AxisTickLabels.java:1)",
				"!ENTRY ducha.cases.ui 1 0 2026-12-07 09:00:03.000", "!MESSAGE swallowed: java.lang.IllegalStateException",
				"!ENTRY ducha.core 4 0 2026-12-07 09:00:04.000", "!MESSAGE an error");
		List<String> found = LogWatch.entries(lines, java.time.LocalDateTime.of(2026, 12, 7, 9, 0));
		assertEquals(3, found.size(), found.toString());
		assertTrue(found.get(0).contains("ArrayIndexOutOfBoundsException"), found.get(0));
		assertTrue(found.get(1).contains("IllegalStateException"), found.get(1));
		assertTrue(found.get(2).contains("an error"), found.get(2));
	}

	/** ducha.cases.ui.part.register → cases-register, ducha.app.part.home → app-home. */
	private static String shortName(String id) {
		return id.replaceFirst("^ducha\\.", "").replace(".ui.part.", "-").replace(".part.", "-").replace('.', '-');
	}

	/** Every view descriptor, in the navigator's order (by its order tag). */
	private static List<MPartDescriptor> views() {
		return MainWindow.application().getDescriptors().stream()
				.filter(d -> d.getTags().contains(AppModel.VIEW_TAG))
				.sorted(Comparator.comparingInt(EveryViewUITest::order)).toList();
	}

	private static int order(MPartDescriptor descriptor) {
		return descriptor.getTags().stream().filter(t -> t.startsWith(AppModel.ORDER_TAG_PREFIX))
				.map(t -> Integer.parseInt(t.substring(AppModel.ORDER_TAG_PREFIX.length()))).findFirst()
				.orElse(Integer.MAX_VALUE);
	}

	/** The ids of every permission the platform and the installed plugins declare. */
	private static Set<String> permissionIds() {
		Set<String> ids = new TreeSet<>();
		for (PermissionGrant grant : service(AuthorizationService.class).grants()) {
			ids.add(grant.permission().id());
		}
		return ids;
	}

	/**
	 * A text names a permission when it holds one of the ids as a word of its own (not inside a longer dotted
	 * name), or when it is an unresolved message key ({@code %key}, NLS's "missing message").
	 */
	static boolean namesAPermission(String text, Set<String> permissionIds) {
		String shown = text.substring(text.indexOf(": ") + 2);
		if (shown.startsWith("%") && shown.length() > 1 && Character.isLetter(shown.charAt(1))
				|| shown.contains("NLS missing message")) {
			return true;
		}
		for (String id : permissionIds) {
			int at = shown.indexOf(id);
			while (at >= 0) {
				int end = at + id.length();
				boolean alone = (at == 0 || !isIdChar(shown.charAt(at - 1)))
						&& (end == shown.length() || !isIdChar(shown.charAt(end)));
				if (alone) {
					return true;
				}
				at = shown.indexOf(id, at + 1);
			}
		}
		return false;
	}

	private static boolean isIdChar(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
	}

	/** Waits until no job runs or waits (the parts load in jobs), then lets their results reach the widgets. */
	private void waitForLoading() throws InterruptedException {
		quiet();
		UiTesting.waitUntil(display, LOADING, "the views' background jobs", () -> Job.getJobManager().isIdle());
		quiet();
	}

	private void resize(Shell shell, Point size) throws InterruptedException {
		if (shell.getSize().equals(size)) {
			return;
		}
		shell.setMaximized(false);
		shell.setBounds(0, 0, size.x, size.y);
		shell.layout(true, true);
		quiet();
	}

	/**
	 * The sizes each view is looked at: 1280×800, where a column must not be cut (the wider size shows the same
	 * widgets and texts), and with {@code -Dducha.everyview.wide=true} 1920×1080 too, photographed for a person to
	 * look at. The test command looks at 1280×800 only: every view at two sizes doubled the test's minutes.
	 */
	private static List<Point> sizes() {
		return Boolean.getBoolean("ducha.everyview.wide") ? SIZES : SIZES.subList(0, 1);
	}

	/**
	 * Lets the window handle what it was sent (layout, paint, the loaded rows reaching the widgets) until it has
	 * had nothing to do for a moment, at most {@link #QUIET_AT_MOST}: a fixed wait per step, as UiTesting.settle
	 * does, cost most of this test's two minutes over 37 views.
	 */
	private void quiet() throws InterruptedException {
		long end = System.nanoTime() + QUIET_AT_MOST.toNanos();
		long idleSince = System.nanoTime();
		while (System.nanoTime() < end) {
			if (display.readAndDispatch()) {
				idleSince = System.nanoTime();
			} else if (System.nanoTime() - idleSince > QUIET_FOR.toNanos()) {
				return;
			} else {
				Thread.sleep(10);
			}
		}
	}

	/**
	 * The window as it draws itself (Control.print), without what lies around it on the screen. GTK draws only
	 * what is on the screen: a size larger than the screen (1920×1080 on the 1400×900 Xvfb of a single module's
	 * run; run-tests.sh's screen holds it) is not photographed.
	 */
	private void screenshot(Shell shell, String name) throws Exception {
		String folder = System.getProperty("ducha.screenshots");
		Point size = shell.getSize();
		Rectangle screen = display.getBounds();
		if (folder == null || folder.isBlank() || size.x > screen.width || size.y > screen.height) {
			return;
		}
		Image image = new Image(display, size.x, size.y);
		try {
			GC gc = new GC(image);
			try {
				shell.print(gc);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path file = Path.of(folder, name + ".png");
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}
}
