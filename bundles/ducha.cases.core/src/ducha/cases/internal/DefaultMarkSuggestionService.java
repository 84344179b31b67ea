package ducha.cases.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseMarking;
import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.CaseStatus;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestion.Basis;
import ducha.cases.MarkSuggestion.Status;
import ducha.cases.MarkSuggestionService;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * Keyword and party-count suggestions and hand flags. The keyword scan asks the database, per keyword, for open
 * cases whose 案由 contains it (the party-count scan: whose 当事人数 reaches the threshold) and that have neither a
 * suggestion nor any marking history for the kind, a chunk at a time: each chunk is stored before the next is asked
 * for, so a keyword matching a large part of a big register never sits in memory and a second scan finds nothing
 * new.
 */
@Component
public class DefaultMarkSuggestionService implements MarkSuggestionService {

	/** Who raised suggestions of the keyword scan. */
	static final String RULES_ACTOR = MarkSuggestion.BY_RULES;
	private static final List<CaseStatus> OPEN = List.of(CaseStatus.PENDING, CaseStatus.SUSPENDED);
	private static final int CHUNK = 500;
	private static final int KEYWORD_LENGTH = 50;
	/** The threshold when mark_party_rule has no row (the migration inserts it; a court may have deleted it). */
	private static final int DEFAULT_PARTY_THRESHOLD = 10;

	@Reference
	private CasesUnit unit;

	@Override
	public Map<MarkKind, List<String>> keywords() {
		Map<MarkKind, List<String>> keywords = new EnumMap<>(MarkKind.class);
		for (MarkKind kind : MarkKind.values()) {
			keywords.put(kind, new ArrayList<>());
		}
		Jpa.read(unit.emf, em -> {
			em.createQuery("select k from MarkKeywordEntity k order by k.id", MarkKeywordEntity.class)
					.getResultList().forEach(k -> keywords.get(k.kind()).add(k.word()));
			return null;
		});
		keywords.replaceAll((kind, words) -> List.copyOf(words));
		return keywords;
	}

	@Override
	public List<String> saveKeywords(MarkKind kind, List<String> words, Principal actor) {
		unit.authorization.check(actor, CasePermissions.RULES);
		Set<String> cleaned = new LinkedHashSet<>();
		for (String word : words) {
			String w = word == null ? "" : word.strip();
			if (w.isEmpty()) {
				continue;
			}
			if (w.length() > KEYWORD_LENGTH || w.contains("%") || w.contains("_")) {
				throw new ValidationException(NLS.bind(Messages.badKeyword, w, KEYWORD_LENGTH));
			}
			cleaned.add(w);
		}
		Jpa.run(unit.emf, em -> {
			em.createQuery("delete from MarkKeywordEntity k where k.kind = :kind").setParameter("kind", kind)
					.executeUpdate();
			for (String w : cleaned) {
				em.persist(new MarkKeywordEntity(kind, w));
				em.flush(); // ids in list order: the list keeps the order it was written in
			}
			unit.audit.recordIn(em, actor, "cases.keywords.save", "mark_keyword", kind.name(),
					kind.label() + "：" + String.join("、", cleaned));
		});
		return List.copyOf(cleaned);
	}

	@Override
	public int suggestByKeywords(Principal actor) {
		unit.authorization.check(actor, CasePermissions.MARK);
		if (CaseJpql.seesNothing(actor)) {
			return 0;
		}
		int raised = 0;
		for (Map.Entry<MarkKind, List<String>> entry : keywords().entrySet()) {
			for (String word : entry.getValue()) {
				raised += suggest(entry.getKey(), word, actor);
			}
		}
		if (raised > 0) {
			unit.audit.record(actor, "cases.suggest", "mark_suggestion", null, "按案由关键词新增 " + raised + " 条四类案件提示");
		}
		return raised;
	}

	/** Raises the suggestions of one keyword, a chunk per transaction. */
	private int suggest(MarkKind kind, String word, Principal actor) {
		CaseJpql jpql = unsuggestedOpenCases(kind, actor).add("c.cause like :word", "word", "%" + word + "%");
		return raise(jpql, "c.cause", kind, Basis.KEYWORD, cause -> "案由“" + cause + "”含关键词“" + word + "”");
	}

	/** Open cases the actor sees that have neither a suggestion nor any marking history for the kind. */
	private static CaseJpql unsuggestedOpenCases(MarkKind kind, Principal actor) {
		return new CaseJpql().filter(CaseQuery.ALL, actor, LocalDate.now()).add("c.status in :open", "open", OPEN)
				.add("not exists (select s from SuggestionEntity s where s.caseNo = c.caseNo and s.kind = :kind)",
						"kind", kind)
				.add("not exists (select e from MarkEventEntity e where e.caseNo = c.caseNo and e.kind = :kind)",
						null, null);
	}

	/**
	 * Raises a suggestion for every case the query finds, a chunk per transaction; each chunk is stored before the
	 * next is asked for, and the query excludes suggested cases, so the loop ends.
	 *
	 * @param field  the case field the detail quotes
	 * @param detail the detail from that field's value
	 */
	private int raise(CaseJpql jpql, String field, MarkKind kind, Basis basis,
			Function<Object, String> detail) {
		int raised = 0;
		while (true) {
			int stored = Jpa.write(unit.emf, em -> {
				List<Object[]> rows = jpql.query(em, "select c.caseNo, " + field + " from CaseEntity c" + jpql.where()
						+ " order by c.caseNo", Object[].class).setMaxResults(CHUNK).getResultList();
				LocalDateTime now = LocalDateTime.now();
				for (Object[] row : rows) {
					em.persist(new SuggestionEntity((String) row[0], kind, basis, detail.apply(row[1]), RULES_ACTOR,
							now));
				}
				return rows.size();
			});
			raised += stored;
			if (stored < CHUNK) {
				return raised;
			}
		}
	}

	@Override
	public int partyThreshold() {
		return Jpa.read(unit.emf, em -> {
			MarkPartyRuleEntity rule = em.find(MarkPartyRuleEntity.class, PARTY_KIND);
			return rule == null ? DEFAULT_PARTY_THRESHOLD : rule.minParties();
		});
	}

	@Override
	public int savePartyThreshold(int minParties, Principal actor) {
		unit.authorization.check(actor, CasePermissions.RULES);
		if (minParties < MIN_PARTY_THRESHOLD || minParties > MAX_PARTY_THRESHOLD) {
			throw new ValidationException(NLS.bind(Messages.badPartyThreshold, MIN_PARTY_THRESHOLD,
					MAX_PARTY_THRESHOLD, minParties));
		}
		Jpa.run(unit.emf, em -> {
			MarkPartyRuleEntity rule = em.find(MarkPartyRuleEntity.class, PARTY_KIND);
			if (rule == null) {
				em.persist(new MarkPartyRuleEntity(PARTY_KIND, minParties));
			} else {
				rule.minParties(minParties);
			}
			unit.audit.recordIn(em, actor, "cases.partyThreshold.save", "mark_party_rule", PARTY_KIND.name(),
					PARTY_KIND.label() + "：当事人数达到 " + minParties + " 人即提示");
		});
		return minParties;
	}

	@Override
	public int suggestByPartyCount(Principal actor) {
		unit.authorization.check(actor, CasePermissions.MARK);
		if (CaseJpql.seesNothing(actor)) {
			return 0;
		}
		int threshold = partyThreshold();
		CaseJpql jpql = unsuggestedOpenCases(PARTY_KIND, actor).add("c.partyCount >= :threshold", "threshold",
				threshold);
		int raised = raise(jpql, "c.partyCount", PARTY_KIND, Basis.PARTY_COUNT,
				count -> "当事人 " + count + " 人，达到 " + threshold + " 人的提示标准");
		if (raised > 0) {
			unit.audit.record(actor, "cases.suggest", "mark_suggestion", null, "按当事人数新增 " + raised + " 条四类案件提示");
		}
		return raised;
	}

	@Override
	public MarkSuggestion flag(String caseNo, MarkKind kind, String note, Principal actor) {
		unit.authorization.check(actor, CasePermissions.READ);
		if (kind == null) {
			throw new ValidationException(Messages.suggestionKindMissing);
		}
		String detail = MarkEvents.reason(note, "提示" + kind.label());
		MarkSuggestion raised = Jpa.write(unit.emf, em -> {
			CaseEntity c = MarkEvents.visibleCase(em, caseNo, actor);
			if (MarkEvents.carries(em, c.caseNo(), kind)) {
				throw new ValidationException(NLS.bind(Messages.alreadyMarked, c.caseNo(), kind.label()));
			}
			List<SuggestionEntity> earlier = em.createQuery("select s from SuggestionEntity s"
					+ " where s.caseNo = :no and s.kind = :kind", SuggestionEntity.class)
					.setParameter("no", c.caseNo()).setParameter("kind", kind).getResultList();
			if (!earlier.isEmpty()) {
				throw new ValidationException("案件 " + c.caseNo() + " 已有“" + kind.label() + "”提示（"
						+ earlier.get(0).status().label() + "）");
			}
			SuggestionEntity s = new SuggestionEntity(c.caseNo(), kind, Basis.HAND, detail, actor.username(),
					LocalDateTime.now());
			em.persist(s);
			em.flush();
			MarkSuggestion done = s.toSuggestion(c.toRecord());
			unit.audit.recordIn(em, actor, "cases.flag", "mark_suggestion", String.valueOf(done.id()),
					done.record().number().text() + " 提示“" + kind.label() + "”：" + detail);
			return done;
		});
		return raised;
	}

	@Override
	public List<MarkSuggestion> pending(CaseQuery query, long afterId, int limit, Principal reader) {
		if (!unit.mayReadPage(reader, limit)) {
			return List.of();
		}
		CaseJpql jpql = new CaseJpql().filter(query, reader, LocalDate.now()).add("c.caseNo = s.caseNo", null, null)
				.add("s.status = :pending", "pending", Status.PENDING).add("s.id > :afterId", "afterId", afterId);
		return Jpa.read(unit.emf, em -> jpql.query(em, "select s, c from SuggestionEntity s, CaseEntity c" + jpql.where()
				+ " order by s.id", Object[].class).setMaxResults(limit).getResultList().stream()
				.map(row -> ((SuggestionEntity) row[0]).toSuggestion(((CaseEntity) row[1]).toRecord())).toList());
	}

	@Override
	public MarkSuggestion suggestion(long id, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		return Jpa.read(unit.emf, em -> {
			SuggestionEntity s = find(em, id);
			return s.toSuggestion(MarkEvents.visibleCase(em, s.caseNo(), reader).toRecord());
		});
	}

	@Override
	public CaseMarking confirm(long suggestionId, long seenVersion, String reason, Principal actor) {
		unit.authorization.check(actor, CasePermissions.MARK);
		CaseMarking marking = Jpa.write(unit.emf, em -> {
			SuggestionEntity s = pendingSuggestion(em, suggestionId, seenVersion, actor);
			String text = reason == null || reason.isBlank() ? s.detail()
					: MarkEvents.reason(reason, "确认" + s.kind().label());
			// marked by hand since the suggestion was raised: the suggestion is settled by that mark
			MarkEventEntity event = MarkEvents.carries(em, s.caseNo(), s.kind())
					? MarkEvents.newest(em, s.caseNo(), s.kind())
					: MarkEvents.append(em, s.caseNo(), s.kind(), true, text, actor, s.id());
			s.decide(Status.CONFIRMED, actor.username(), LocalDateTime.now(), text);
			CaseMarking done = event.toMarking();
			unit.audit.recordIn(em, actor, "cases.suggestion.confirm", "mark_suggestion", String.valueOf(suggestionId),
					done.caseNo() + " 确认为“" + done.kind().label() + "”：" + done.reason());
			return done;
		});
		return marking;
	}

	@Override
	public MarkSuggestion dismiss(long suggestionId, long seenVersion, String reason, Principal actor) {
		unit.authorization.check(actor, CasePermissions.MARK);
		String text = MarkEvents.reason(reason, "驳回提示");
		MarkSuggestion dismissed = Jpa.write(unit.emf, em -> {
			SuggestionEntity s = pendingSuggestion(em, suggestionId, seenVersion, actor);
			s.decide(Status.DISMISSED, actor.username(), LocalDateTime.now(), text);
			em.flush();
			MarkSuggestion done = s.toSuggestion(em.find(CaseEntity.class, s.caseNo()).toRecord());
			unit.audit.recordIn(em, actor, "cases.suggestion.dismiss", "mark_suggestion", String.valueOf(suggestionId),
					done.record().number().text() + " 不列为“" + done.kind().label() + "”：" + text);
			return done;
		});
		return dismissed;
	}

	/** The suggestion still pending as the actor saw it: refused when decided or changed since. */
	private SuggestionEntity pendingSuggestion(EntityManager em, long id, long seenVersion, Principal actor) {
		SuggestionEntity s = find(em, id);
		MarkEvents.visibleCase(em, s.caseNo(), actor);
		Versions.expect(s.version(), seenVersion, unit.audit, "mark_suggestion", String.valueOf(id),
				NLS.bind(Messages.suggestionLabel, id, s.caseNo()));
		if (s.status() != Status.PENDING) {
			throw new ValidationException(NLS.bind(Messages.suggestionDecided, id, s.status().label()));
		}
		return s;
	}

	private static SuggestionEntity find(EntityManager em, long id) {
		SuggestionEntity s = em.find(SuggestionEntity.class, id);
		if (s == null) {
			throw new NotFoundException(NLS.bind(Messages.noSuggestion, id));
		}
		return s;
	}
}
