package ducha.app.internal.reminders;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.internal.views.PartOpener;
import ducha.app.ui.Forms;
import ducha.app.ui.Refreshable;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderBoard;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * 提醒: the logged-in user's reminders from every installed plugin, most urgent first, as the {@link ReminderFeed}
 * keeps them; a double-click opens the view that shows the record.
 */
public class RemindersPart implements Refreshable {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ISO_LOCAL_DATE;

	@Inject
	private ReminderFeed feed;

	@Inject
	private UISynchronize sync;

	@Inject
	private PartOpener opener;

	private UrgencyStyle style;
	private TableViewer viewer;
	private Label status;
	private Button refresh;
	private Runnable unsubscribe;

	@PostConstruct
	void create(Composite parent) {
		style = new UrgencyStyle(parent.getDisplay());
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayoutFactory.swtDefaults().margins(16, 12).applyTo(parent);

		Composite header = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(header);
		Label title = new Label(header, SWT.NONE);
		title.setText(Messages.Reminders_title);
		title.setFont(resources.create(FontDescriptor.createFrom(title.getFont()).setHeight(14)
				.setStyle(SWT.BOLD)));
		status = Forms.named(new Label(header, SWT.NONE), "reminders.status");
		status.setText(Messages.Reminders_computing);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		refresh = new Button(header, SWT.PUSH);
		refresh.setText(Messages.Reminders_refresh);
		refresh.addListener(SWT.Selection, e -> refresh());

		Composite tableArea = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, Messages.Reminders_columnUrgency, 12, new Cell() {

			@Override
			public String getText(Object element) {
				return UrgencyStyle.label(reminder(element).urgency());
			}

			@Override
			public Image getImage(Object element) {
				return style.icon(reminder(element).urgency());
			}

			@Override
			public Color getForeground(Object element) {
				return style.color(reminder(element).urgency());
			}
		});
		column(columns, Messages.Reminders_columnDue, 12, new Cell() {

			@Override
			public String getText(Object element) {
				return reminder(element).due() == null ? "" : DUE.format(reminder(element).due());
			}
		});
		column(columns, Messages.Reminders_columnTitle, 45, new Cell() {

			@Override
			public String getText(Object element) {
				return reminder(element).title();
			}
		});
		column(columns, Messages.Reminders_columnDetail, 31, new Cell() {

			@Override
			public String getText(Object element) {
				return reminder(element).detail();
			}
		});
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Reminder r
					&& r.target() != null) {
				opener.openTarget(r.target());
			}
		});
		unsubscribe = feed.subscribe(collected -> sync.asyncExec(() -> show(collected)));
	}

	/** Every row coloured by its urgency. */
	private class Cell extends ColumnLabelProvider {

		@Override
		public Color getBackground(Object element) {
			return style.background(reminder(element).urgency());
		}
	}

	private void column(TableColumnLayout layout, String header, int weight, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.setLabelProvider(labels);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	private static Reminder reminder(Object element) {
		return (Reminder) element;
	}

	private void show(ReminderBoard.Collected collected) {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		List<Reminder> reminders = collected.reminders();
		viewer.setInput(reminders);
		ReminderCounts counts = ReminderCounts.of(collected);
		String text = reminders.isEmpty() ? Messages.Reminders_none
				: NLS.bind(Messages.Reminders_status, new Object[] { counts.total(), counts.overdue(),
						counts.dueSoon(), counts.info() });
		if (!collected.failedSources().isEmpty()) {
			text += "  " + NLS.bind(Messages.Reminders_sourcesFailed, String.join("；", collected.failedSources()));
		}
		status.setText(text);
		status.getParent().layout();
	}

	@Focus
	void focus() {
		viewer.getTable().setFocus();
	}

	/** 刷新 and F5: the feed computes again; every view of it shows the result. */
	@Override
	public void refresh() {
		status.setText(Messages.Reminders_computing);
		feed.refresh();
	}

	@PreDestroy
	void dispose() {
		if (unsubscribe != null) {
			unsubscribe.run();
		}
		style.dispose();
	}
}
