// UI text of what the server stores in English (issue 18): the verdict's added fields (residual
// classification, superseded reasons, what would change the verdict) and, for Korean, the authorization
// details, case reasons and license/NAC states rebuilt from their codes and values (app.js: L.authDetail,
// L.caseReason). Merged into window.LICIT_I18N (i18n.js). Particles are written as pairs ("은(는)") and
// chosen from the word before them by L.particles.
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
      "authd.DRY_RUN": "{asOf} 규칙에 따른 모의 판정(판정 당일의 규칙이 아님)이므로 선적할 수 없습니다. 선적하려면 선적일의 규칙으로 주문을 다시 판정하십시오.",
      "authd.PROHIBITED": "거래 금지 주문이므로 선적해서는 안 됩니다.",
      "authd.REDECIDE": "{asOf} 규칙에 따라 판정되었습니다. {today}에 선적하려면 그날의 규칙에 따른 판정이 필요합니다. 주문을 다시 판정하십시오.",
      "authd.REJECTED": "검토 건 {cases}에서 주문이 반려되었습니다.",
      "authd.REVIEW.cases": "검토 건 {cases}을(를) 먼저 처리해야 합니다.",
      "authd.REVIEW": "담당자가 주문을 검토해야 합니다. 검토 건을 처리하십시오.",
      "authd.RELEASED": "검토자가 주문의 출하를 승인했습니다.",
      "authd.NOT_REQUIRED": "허가나 통지가 필요하지 않습니다.",
      "authd.LICENSED": "허가 {number}이(가) 이 주문에 해당합니다. 선적을 기록하면 허가 잔량에서 차감됩니다.",
      "authd.LICENSE_REQUIRED": "허가가 필요합니다.",
      "authd.noLicense": "등록된 허가 중 이 주문에 해당하는 것이 없습니다.",
      "authd.NOTIFICATION_REQUIRED": "BIS에 NAC 통지를 제출하십시오. BIS가 번호를 회신하고 제출일로부터 25일이 지나면 선적할 수 있습니다.",
      "authd.otherNac": "주문 {order}의 통지 {id}은(는) 다른 내용(품목, 수량 또는 당사자)에 대해 제출된 것이어서 이 주문에는 해당하지 않습니다.",
      "authd.nacLicenseRequired": "BIS가 통지 {id}에 대해 허가가 필요하다고 회신했습니다.",
      "authd.nacWaiting": "통지 {id}(제출일 {filed})의 NAC 대기 기간은 {ends}까지입니다.",
      "authd.nacNoNumber": "통지 {id}(제출일 {filed})에 아직 BIS 번호가 없습니다. BIS가 회신하면 번호를 기록하십시오.",
      "authd.NAC_CLEARED": "NAC 통지 {id}의 대기 기간이 끝났습니다: BIS 번호 {bis}(AES 허가 유형 C67), 대기 기간 종료일 {ends}.",
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
