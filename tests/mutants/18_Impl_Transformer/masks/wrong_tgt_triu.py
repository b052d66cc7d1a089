# 아래 삼각이 아니라 위 삼각: 미래를 보고 과거를 가린다
def make_src_mask(src: torch.Tensor, pad_idx: int) -> torch.Tensor:
    """소스 패딩 마스크: 각 소스 위치를 키로 참조할 수 있는지.

    인코더 자기 어텐션과 디코더의 교차(인코더-디코더) 어텐션이 함께 씁니다.

    Args:
        src: 소스 토큰, 모양 (B, S), int64.
        pad_idx: 패딩 토큰 번호.

    Returns:
        bool 텐서, 모양 (B, 1, 1, S), ``src``와 같은 device.
        ``mask[b, 0, 0, j]``는 ``src[b, j] != pad_idx``이면 True(참조 가능), 아니면 False.
    """
    return (src != pad_idx)[:, None, None, :]  # (B, 1, 1, S)


def make_tgt_mask(tgt: torch.Tensor, pad_idx: int) -> torch.Tensor:
    """타깃 마스크: 디코더 자기 어텐션에 쓰는 인과 마스크 AND 타깃 패딩 마스크.

    Args:
        tgt: 디코더 입력 토큰, 모양 (B, T), int64.
        pad_idx: 패딩 토큰 번호.

    Returns:
        bool 텐서, 모양 (B, 1, T, T), ``tgt``와 같은 device.
        ``mask[b, 0, i, j]``는 ``j <= i`` 이고 ``tgt[b, j] != pad_idx`` 일 때만 True:
        질의 i는 자기 자신과 그 앞의 위치 가운데 패딩이 아닌 키만 봅니다.
    """
    T = tgt.shape[1]
    causal = torch.ones(T, T, dtype=torch.bool, device=tgt.device).triu()
    return (tgt != pad_idx)[:, None, None, :] & causal  # (B, 1, T, T)
