# 다른 정답: 위치마다 균등 난수 하나 u로 선택(u < p), [MASK](u < 0.8p), 무작위(0.8p <= u < 0.9p)를 한 번에 정한다
def mask_tokens(
    input_ids: torch.Tensor,
    vocab_size: int,
    mask_id: int,
    special_ids: Sequence[int],
    generator: torch.Generator,
    mlm_prob: float = 0.15,
) -> tuple[torch.Tensor, torch.Tensor]:
    """BERT의 마스크 언어 모델(MLM) 입력과 정답을 만듭니다 (Devlin et al., 2018, §3.1, 부록 A.1).

    1. 선택: 특수 토큰(special_ids)이 아닌 위치를 **서로 독립적으로** 확률 mlm_prob로 고릅니다
       (위치마다 베르누이 시행; Hugging Face DataCollatorForLanguageModeling과 같음).
       특수 토큰 위치는 절대 고르지 않습니다.
    2. 바꾸기: 고른 위치마다 독립적으로
       - 확률 0.8: mask_id로 바꿉니다.
       - 확률 0.1: 특수 토큰을 뺀 어휘(0 이상 vocab_size 미만의 id 중 special_ids에 없는 것)에서
         **균등하게** 뽑은 무작위 토큰으로 바꿉니다. 원래 토큰과 우연히 같을 수 있고, 특수 토큰은
         절대 나오지 않습니다.
       - 확률 0.1: 원래 토큰을 그대로 둡니다.
    3. 정답: 고른 위치는 원래 토큰 id, 나머지 위치는 -100 (F.cross_entropy의 ignore_index 기본값).

    모든 무작위 수는 generator에서 뽑습니다 (torch.rand(..., generator=generator) 등). 전역 난수
    상태(torch.manual_seed)는 쓰지도 바꾸지도 않으므로, 같은 시드의 generator는 같은 결과를 냅니다.
    input_ids는 바꾸지 않습니다 (새 텐서를 돌려줍니다).

    Args:
        input_ids: (B, T) int64 토큰 id 텐서 (CPU). 패딩, [CLS], [SEP] 같은 특수 토큰이 섞여 있습니다.
        vocab_size: 어휘 크기 V. 토큰 id는 0 이상 V 미만입니다.
        mask_id: [MASK] 토큰의 id (special_ids에 들어 있습니다).
        special_ids: 특수 토큰 id들의 리스트나 튜플 (예: [PAD], [CLS], [SEP], [MASK]).
        generator: 무작위 수를 뽑을 CPU torch.Generator.
        mlm_prob: 특수 토큰이 아닌 위치 하나가 선택될 확률 (논문은 0.15).

    Returns:
        (masked_ids, labels) 튜플.
        masked_ids: (B, T) int64, 모델에 넣을 입력.
        labels: (B, T) int64, 선택된 위치는 원래 id, 나머지는 -100.
    """
    is_special = torch.zeros_like(input_ids, dtype=torch.bool)
    for sid in special_ids:
        is_special |= input_ids == sid
    u = torch.rand(input_ids.shape, generator=generator)  # (B, T)
    p = mlm_prob
    selected = (u < p) & ~is_special
    to_mask = selected & (u < 0.8 * p)
    to_random = selected & (u >= 0.8 * p) & (u < 0.9 * p)
    allowed = [i for i in range(vocab_size) if i not in special_ids]
    pick = torch.randint(len(allowed), input_ids.shape, generator=generator)
    random_words = torch.tensor(allowed)[pick]
    masked_ids = input_ids.clone()
    masked_ids[to_mask] = mask_id
    masked_ids[to_random] = random_words[to_random]
    labels = torch.where(selected, input_ids, torch.full_like(input_ids, -100))
    return masked_ids, labels
