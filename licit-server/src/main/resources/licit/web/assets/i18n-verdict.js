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
      "wb.itemWhy": "Why each item is decided so"
    },
    ko: {
      "decision.overcomeBy": "{exception}(으)로 해소됨:", "decision.wouldChange": "판정을 바꿀 수 있는 사항",
      "decision.residual": "품목 자체의 분류", "decision.eccnNone": "3A090·4A090 해당 없음",
      "decision.candidates": "후보", "decision.original": "서버 기록 원문 (영어)",
      "wb.itemWhy": "품목별 판정 근거",
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
