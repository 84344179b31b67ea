package ducha.app.internal.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Refreshable;
import ducha.core.audit.AuditActionLabels;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.audit.AuditVerification;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 审计日志: the newest entries matching the filters (account, action, record, days), and the chain's verification.
 * For the roles that hold {@code audit.read}: the service refuses everyone else, and the view says so.
 */
public class AuditPart implements Refreshable {

	/** Entries shown at most: the newest; a narrower filter finds older ones. */
	static final int SHOWN = 500;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	@Inject
	private Principal principal;

	@Inject
	private AuditLog audit;

	@Inject
	private Background background;

	/** The words for the actions, from the installed plugins; without it (never in a workbench) the ids. */
	@Inject
	@Optional
	private AuditActionLabels actionLabels;

	private Text actor;
	private Text action;
	private Text record;
	private DateField from;
	private DateField to;
	private Label summary;
	private Label chain;
	private Button verify;
	private ListTable<AuditEntry> table;

	@PostConstruct
	void create(Composite parent) {
		Composite filters = Forms.bar(parent, 10);
		Forms.label(filters, Messages.Audit_actor);
		actor = Forms.text(filters, "audit.actor");
		Forms.label(filters, Messages.Audit_action);
		action = Forms.text(filters, "audit.action");
		Forms.label(filters, Messages.Audit_record);
		record = Forms.text(filters, "audit.record");
		Forms.label(filters, Messages.Audit_from);
		from = Forms.date(filters, "audit.from").label(Messages.Audit_from);
		Forms.setDay(from, LocalDate.now().minusDays(30));
		Forms.label(filters, Messages.Audit_to);
		to = Forms.date(filters, "audit.to").label(Messages.Audit_to);
		for (Text field : List.of(actor, action, record)) {
			field.addListener(SWT.DefaultSelection, e -> load());
		}

		Composite tools = Forms.bar(parent, 3);
		Button search = Forms.button(tools, "audit.search", Messages.Audit_search);
		search.addListener(SWT.Selection, e -> load());
		verify = Forms.button(tools, "audit.verify", Messages.Audit_verify);
		verify.addListener(SWT.Selection, e -> verify());
		summary = Forms.summary(tools, "audit.summary");
		// the verification's line is long (a 64-digit hash): a row of its own
		chain = Forms.summary(Forms.bar(parent, 1), "audit.chain");

		ZoneId zone = ZoneId.systemDefault();
		table = new ListTable<>(parent, "audit.table", false, AuditEntry.class,
				new Column<>(Messages.Audit_colTime, 150, e -> TIME.format(LocalDateTime.ofInstant(e.at(), zone))),
				new Column<>(Messages.Audit_colActor, 100, AuditEntry::actor),
				new Column<>(Messages.Audit_colAction, 190, e -> actionLabel(e.action())),
				new Column<>(Messages.Audit_colRecord, 170, AuditEntry::record),
				new Column<>(Messages.Audit_colDetail, 420, e -> e.shownDetail()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		load();
	}

	/** F5: the search again, with the filters as they are. */
	@Override
	public void refresh() {
		load();
	}

	private void load() {
		if (!Forms.readable(from, to)) {
			return;
		}
		String typedAction = Forms.optional(action);
		AuditQuery query = AuditQuery.ofDays(Forms.optional(actor),
				typedAction == null || actionLabels == null ? typedAction : actionLabels.actionNamed(typedAction), null,
				Forms.optional(record), Forms.day(from), Forms.day(to), SHOWN);
		summary.setText(Messages.Audit_loading);
		background.run(Messages.Audit_loadJob, () -> audit.find(query, principal), this::show, problem -> {
			if (!summary.isDisposed()) {
				Forms.report(summary, problem, true);
			}
		});
	}

	/** 标记案件 for cases.mark; an action no installed plugin names is shown by its id. */
	private String actionLabel(String id) {
		return actionLabels == null ? id : actionLabels.label(id);
	}

	private void show(List<AuditEntry> entries) {
		if (table.control().isDisposed()) {
			return;
		}
		table.show(entries, e -> true);
		Forms.report(summary, entries.size() < SHOWN ? NLS.bind(Messages.Audit_count, entries.size())
				: NLS.bind(Messages.Audit_newest, SHOWN), false);
	}

	private void verify() {
		verify.setEnabled(false);
		chain.setText(Messages.Audit_verifying);
		background.run(Messages.Audit_verifyJob, () -> audit.verify(principal), this::showChain, problem -> {
			if (!chain.isDisposed()) {
				verify.setEnabled(true);
				Forms.report(chain, problem, true);
			}
		});
	}

	private void showChain(AuditVerification result) {
		if (chain.isDisposed()) {
			return;
		}
		verify.setEnabled(true);
		if (result.intact()) {
			Forms.report(chain, NLS.bind(Messages.Audit_intact, result.entries(), result.headHash()), false);
		} else {
			Forms.report(chain, result.problem(), true);
		}
		chain.getParent().layout();
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}
}
