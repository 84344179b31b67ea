package ducha.study.ui.internal.tests;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.Refreshable;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import ducha.study.QuestionBank;
import ducha.study.TestService;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 季度检测 (the office): the tests with their papers, score imports, results and the score sheet; the make-up list;
 * the short answers to mark; the question bank. Each tab reads when it is shown and after every change.
 */
public class TestsPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Background background;

	private final TestsContext context = new TestsContext();
	private TabFolder tabs;
	private TestsTab testsTab;
	private MakeupsTab makeupsTab;
	private MarkingTab markingTab;
	private BankTab bankTab;

	@Inject
	void testsChanged(@Optional TestService service) {
		context.tests.set(service);
		reload();
	}

	@Inject
	void bankChanged(@Optional QuestionBank service) {
		context.bank.set(service);
		reload();
	}

	@Inject
	void directoryChanged(@Optional DirectoryService service) {
		context.directory.set(service);
	}

	@PostConstruct
	void create(Composite parent) {
		context.principal = principal;
		context.background = background;
		tabs = new TabFolder(parent, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		testsTab = new TestsTab(tab(Messages.tests_tab), context);
		makeupsTab = new MakeupsTab(tab(Messages.makeups_tab), context);
		markingTab = new MarkingTab(tab(Messages.marking_tab), context);
		bankTab = new BankTab(tab(Messages.bank_tab), context);
		tabs.addListener(SWT.Selection, e -> reload());
		reload();
	}

	private Composite tab(String text) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(text);
		Composite page = new Composite(tabs, SWT.NONE);
		item.setControl(page);
		return page;
	}

	/** The area under a tab's bar, for a layout of its own (the bar lays the tab out in one column). */
	static Composite body(Composite tab) {
		Composite body = new Composite(tab, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		return body;
	}

	/** Reads the tab shown (the others read when they are shown). */
	private void reload() {
		if (tabs == null || tabs.isDisposed() || context.tests.get() == null) {
			return;
		}
		switch (tabs.getSelectionIndex()) {
		case 1 -> makeupsTab.load();
		case 2 -> markingTab.load();
		case 3 -> bankTab.load();
		default -> testsTab.load();
		}
	}

	@Focus
	void focus() {
		tabs.setFocus();
	}

	/** What the tabs share: the services (as they come and go), the user and the background. */
	static final class TestsContext {
		final AtomicReference<TestService> tests = new AtomicReference<>();
		final AtomicReference<QuestionBank> bank = new AtomicReference<>();
		final AtomicReference<DirectoryService> directory = new AtomicReference<>();
		Principal principal;
		Background background;
		/** The department names, read in the background with the lists (null until then: codes are shown). */
		volatile DepartmentNames names;

		/** Shows a refusal of the services in a tab's status line. */
		Consumer<String> refusal(Label status) {
			return reason -> {
				if (!status.isDisposed()) {
					Forms.refused(status, reason);
				}
			};
		}

		/** Reads the department names, off the UI thread, for the lists that show departments. */
		void readNames() {
			DirectoryService service = directory.get();
			if (service != null) {
				names = service.departmentNames();
			}
		}
	}

	/** F5: the tab shown, again. */
	@Override
	public void refresh() {
		reload();
	}
}
