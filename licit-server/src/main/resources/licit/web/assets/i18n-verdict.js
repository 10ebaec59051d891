// UI text of what the server stores in English (issue 18): the verdict's added fields (residual
// classification, superseded reasons, what would change the verdict) and, for Korean, a case's opening
// reason and the lists' warning rebuilt from their values (app.js: L.caseReason, L.listWarning). The
// authorization's sentences are the rules' Korean texts (authorization.* in data/i18n/rules.ko.yaml),
// shared with the decision record. Merged into window.LICIT_I18N (i18n.js). Particles are written as
// pairs ("은(는)") and chosen from the word before them by L.particles.
(function () {
  const add = {
    en: {
      "decision.overcomeBy": "overcome by {exception}:", "decision.wouldChange": "What would change this",
      "decision.residual": "Own classification", "decision.eccnNone": "outside 3A090/4A090",
      "decision.candidates": "Candidates", "decision.original": "As the server recorded it (English)",
      "wb.itemWhy": "Why each item is decided so",
      "own.standing.COVERED": "covered", "own.standing.UNRESOLVED": "unresolved (Red Flag 29)",
      "own.standing.DOUBTFUL": "doubtful", "own.standing.CLEAR": "clear"
    },
    ko: {
      "decision.overcomeBy": "{exception}(으)로 해소됨:", "decision.wouldChange": "판정을 바꿀 수 있는 사항",
      "decision.residual": "품목 자체의 분류", "decision.eccnNone": "3A090·4A090 해당 없음",
      "decision.candidates": "후보", "decision.original": "서버 기록 원문 (영어)",
      "wb.itemWhy": "품목별 판정 근거",
      // where a party stands under a 50 % rule (OwnershipCheck's sentences, rebuilt from the outcome's values by
      // L.ownershipText; "기준" is the rule's threshold, named in its title)
      "own.standing.COVERED": "적용 대상", "own.standing.UNRESOLVED": "미확정 (적신호 29)",
      "own.standing.DOUBTFUL": "불확실", "own.standing.CLEAR": "해당 없음",
      "own.text.COVERED": "{party}은(는) 명단 등재자가 {share} % 소유합니다: {path}",
      "own.text.UNRESOLVED": "{party}은(는) 명단 등재자가 기준 이상 소유하고 있을 수 있습니다. 등재된 소유자의 지분을 알 수 없습니다(확인된 지분 {share} %): {path}",
      "own.text.DOUBTFUL": "{party}은(는) 명단 등재자가 기준 이상 소유하고 있을 수 있습니다({why}): {path}",
      "own.why.possible": "가능한 명단 일치가 확인되는 경우", "own.why.truncated": "확인한 범위 밖에도 소유자가 있음",
      "own.why.contradicts": "소유 자료가 서로 모순됨",
      "own.text.CLEAR": "{party}은(는) 명단 등재자가 {share} % 소유하며, 기준에 미달합니다: {path}",
      "own.text.CLEAR_NONE": "{party}에는 명단에 등재된 소유자가 없습니다.",
      "own.listed": "등재: {lists}", "own.via": "그 자체가 명단 등재자 소유: {path}", "own.shareUnknown": "지분 미상",
      "own.notes": "소유 자료에 관한 참고 사항 {n}건",
      "own.list.EL": "Entity List", "own.list.MEU": "군사 최종 사용자(MEU) 명단", "own.list.SDN": "OFAC SDN 명단",
      "own.list.DPL": "거래금지자 명단(DPL)", "own.list.UVL": "미검증 명단(UVL)",
      "why.missing": "규칙에 필요한 자료가 누락됨({missing})",
      "why.matches": "검토할 명단 일치 후보 {n}건",
      "why.undecided": "주문에 규칙이 아직 판정할 수 없는 사항이 있습니다(판정 근거 참조)",
      "why.prohibited": "명단 일치로 거래 금지: 일치를 확인하거나, 오탐이면 해제한 뒤 주문을 다시 판정하십시오.",
      "why.rescreen.list": "명단 가져오기 {snapshot}{previous}(으)로 이 주문의 당사자에 새 명단 일치 후보 {n}건이 생겼습니다. 아래 일치 내역을 검토하십시오.",
      "why.rescreen.ownership": "소유 구조 가져오기 {snapshot}{previous}(으)로 이 주문의 당사자에 새 명단 일치 후보 {n}건이 생겼습니다. 아래 일치 내역을 검토하십시오.",
      "why.replacing": "(이전 {previous} 대체)",
      "listw.builtIn": "게시된 명단이 아니라 기본 내장 명단(작성일 {day})만 적재되어 있습니다. 'licit lists fetch'(또는 'licit lists import FILE')를 실행한 뒤 다시 판정하십시오.",
      "listw.stale": "명단 {files}이(가) 허용 기한({limit})보다 오래되었습니다. 'licit lists fetch'를 실행한 뒤 다시 판정하십시오.",
      "listw.file": "(최근 최신 확인 {day}, {n}일 경과)", "listw.days": "{n}일"
    }
  };
  const dict = window.LICIT_I18N;
  for (const lang of Object.keys(add)) Object.assign(dict[lang], add[lang]);
})();
