# 매 스텝 model(src, ys)로 소스를 다시 인코딩한다 (인코더는 한 번만 돌려야 함)
@torch.no_grad()
def greedy_decode(model: nn.Module, src: torch.Tensor, max_len: int, bos: int, eos: int) -> torch.Tensor:
    """탐욕적 디코딩: 매 스텝 마지막 위치의 로짓에서 argmax 토큰을 골라 붙입니다.

    절차:
      1. ``src_mask = make_src_mask(src, model.pad_idx)``; ``memory = model.encode(src, src_mask)`` (한 번만).
      2. ``ys``를 (B, 1) 크기의 ``bos``로 시작합니다.
      3. ``max_len - 1``번 반복: ``logits = model.decode(ys, memory, src_mask, make_tgt_mask(ys, model.pad_idx))``,
         다음 토큰 = ``logits[:, -1].argmax(-1)``. 이미 ``eos``를 낸 수열에는 ``model.pad_idx``를 붙입니다.
         모든 수열이 끝나면 일찍 멈춰도 되지만, 결과는 ``model.pad_idx``로 채워 길이 ``max_len``을 맞춥니다.

    모델의 train/eval 모드는 바꾸지 않습니다 (부르는 쪽에서 ``model.eval()``).

    Args:
        model: ``encode``, ``decode``, ``pad_idx``를 가진 모델 (이 노트북의 ``Transformer``).
        src: 소스 토큰, (B, S), int64.
        max_len: 만들 수열의 길이 (``bos`` 포함), >= 1.
        bos: 시작 토큰 번호.
        eos: 끝 토큰 번호.

    Returns:
        (B, max_len) int64 텐서, ``src``와 같은 device. ``[:, 0] == bos``. 각 행에서 처음 나온 ``eos``는 남기고
        그 뒤는 모두 ``model.pad_idx``입니다. ``eos``가 나오지 않은 행은 argmax 토큰으로 끝까지 찹니다.
    """
    B = src.shape[0]
    src_mask = make_src_mask(src, model.pad_idx)  # (B, 1, 1, S)
    memory = model.encode(src, src_mask)  # 인코더는 한 번만
    ys = torch.full((B, 1), bos, dtype=torch.long, device=src.device)  # (B, 1)
    finished = torch.zeros(B, dtype=torch.bool, device=src.device)  # (B,)
    for _ in range(max_len - 1):
        logits = model(src, ys)
        next_token = logits[:, -1].argmax(dim=-1)  # (B,)
        next_token = torch.where(finished, model.pad_idx, next_token)  # 끝난 수열은 PAD
        ys = torch.cat([ys, next_token[:, None]], dim=1)  # (B, t + 1)
        finished |= next_token == eos
        if finished.all():
            break
    pad = torch.full((B, max_len - ys.shape[1]), model.pad_idx, dtype=torch.long, device=src.device)
    return torch.cat([ys, pad], dim=1)  # (B, max_len)
