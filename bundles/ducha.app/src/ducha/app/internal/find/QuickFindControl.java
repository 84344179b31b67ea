package ducha.app.internal.find;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.core.security.Principal;
import ducha.core.spi.RecordFinder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The search box in the main window's trim (Ctrl+F moves into it): Enter asks every installed plugin for records
 * matching the text, as the logged-in user may see them, and lists the hits ({@link FindResultsDialog}).
 */
public class QuickFindControl {

	/** The tool control's id in the application model, which {@link FindHandler} looks it up by. */
	public static final String ID = "ducha.app.toolcontrol.quickfind";

	private Principal principal;

	@Inject
	private Background background;

	@Inject
	private IEclipseContext context;

	private InstalledFinders finders;
	private Text text;

	@PostConstruct
	void create(Composite parent) {
		finders = new InstalledFinders();
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 2).applyTo(area);
		text = Forms.named(new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER),
				"quickfind.text");
		text.setMessage(Messages.Find_hint);
		text.setToolTipText(Messages.Find_tooltip);
		GridDataFactory.fillDefaults().hint(280, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.DefaultSelection, e -> {
			if (e.detail != SWT.ICON_CANCEL) {
				find(text.getText());
			}
		});
	}

	/**
	 * Who searches; after 注销 / 切换用户 the next account, and the previous one's search text is cleared (its
	 * results window was closed with the log-out).
	 */
	@Inject
	void account(Principal current) {
		principal = current;
		if (text != null && !text.isDisposed()) {
			text.setText("");
		}
	}

	/** Moves the keyboard into the box with its text selected (Ctrl+F). */
	public void focus() {
		if (!text.isDisposed()) {
			text.setFocus();
			text.selectAll();
		}
	}

	/** Finds the text's records in a job and lists them in a new results window. */
	void find(String typed) {
		String query = typed == null ? "" : typed.strip();
		// made per search: it opens only views the account searching now may use
		HitOpener opener = ContextInjectionFactory.make(HitOpener.class, context);
		FindResultsDialog results = new FindResultsDialog(text.getShell(), query, opener);
		results.open();
		if (!RecordFinder.searchable(query)) {
			results.showStatus(NLS.bind(Messages.Find_tooShort, RecordFinder.MIN_TEXT));
			return;
		}
		background.run(Messages.Find_job, () -> finders.find(query, principal), hits -> results.show(hits, query),
				reason -> results.showStatus(NLS.bind(Messages.Find_failed, reason)));
	}

	@PreDestroy
	void dispose() {
		finders.close();
	}
}
