# 격자를 2D로 되돌리지 않고 토큰 시퀀스를 1D로 늘인다 (linear, 길이 h·w)
def interpolate_pos_embed(
    pos_embed: torch.Tensor,
    new_grid: tuple[int, int],
    num_prefix_tokens: int = 1,
    mode: str = "bicubic",
    align_corners: bool = False,
) -> torch.Tensor:
    P = num_prefix_tokens
    N, D = pos_embed.shape[1] - P, pos_embed.shape[2]
    g = math.isqrt(N)
    if g * g != N:
        raise ValueError(f"N={N}")
    seq = pos_embed[:, P:].transpose(1, 2)  # (1, D, N)
    seq = F.interpolate(seq, size=new_grid[0] * new_grid[1], mode="linear", align_corners=align_corners)
    return torch.cat([pos_embed[:, :P], seq.transpose(1, 2)], dim=1)
