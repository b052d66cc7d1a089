# MAE 코드처럼 조각 안을 (i, j, c) 순서로 편다: docstring의 채널 우선 (c, i, j)와 다르다
def patchify(images: torch.Tensor, patch: int) -> torch.Tensor:
    B, C, H, W = images.shape
    if H % patch != 0 or W % patch != 0:
        raise ValueError(f"H={H}, W={W}, patch={patch}")
    gh, gw = H // patch, W // patch
    x = images.reshape(B, C, gh, patch, gw, patch).permute(0, 2, 4, 3, 5, 1)
    return x.reshape(B, gh * gw, C * patch * patch)
